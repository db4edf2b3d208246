// Top-level layout: login until signed in, then top bar + current screen +
// tab bar on a phone, or top bar + side navigation + a wide screen from
// 1024 px (styles/console.css). The share sheet, toasts and live region sit
// outside the shell so the shell can be made inert while the sheet is open.
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { useStore } from './lib/store.js';
import { useRoute, useRouteId, navigate, PUBLIC_ROUTES } from './lib/router.js';
import { session } from './state/session.js';
import { shareSheet } from './state/shareSheet.js';
import { startSession } from './actions/session.js';
import { logoOf, startBranding, useBranding } from './lib/branding.js';
import { TopBar } from './components/TopBar.jsx';
import { TabBar } from './components/TabBar.jsx';
import { SideNav } from './components/SideNav.jsx';
import { mayOpen, sectionOf } from './lib/sections.js';
import { ShareSheet } from './features/share/ShareSheet.jsx';
import { Toasts } from './components/Toasts.jsx';
import { LiveRegion } from './components/LiveRegion.jsx';
import { OfflineBanner } from './components/OfflineBanner.jsx';
import { LazyScreen } from './components/LazyScreen.jsx';
import { ErrorState } from './components/StatusViews.jsx';
import { Login } from './features/accounts/Login.jsx';
import { Feed } from './features/feed/Feed.jsx';
import { Leaderboard } from './features/leaderboards/Leaderboard.jsx';
import { Points } from './features/points/Points.jsx';
import './styles/console.css';

// Screens loaded on first visit, by route, so people who never open one never
// download it (the prizes' two are in PrizesRoute).
const LAZY_SCREENS = {
  notifications: () => import('./features/push/Notifications.jsx'),
  new: () => import('./features/feed/NewContent.jsx'),
  rules: () => import('./features/rules/Rules.jsx'),
  insights: () => import('./features/insights/Insights.jsx'),
  kudos: () => import('./features/recognition/Recognition.jsx'),
  suggestions: () => import('./features/suggestions/Suggestions.jsx'),
  guidelines: () => import('./features/guidelines/Guidelines.jsx'),
  privacy: () => import('./features/privacy/Privacy.jsx'),
  people: () => import('./features/people/People.jsx'),
  library: () => import('./features/library/Library.jsx'),
  organisation: () => import('./features/organisation/OrganisationSettings.jsx'),
  teams: () => import('./features/organisation/Teams.jsx'),
  directory: () => import('./features/directory/DirectorySync.jsx'),
  challenges: () => import('./features/challenges/Challenges.jsx'),
  store: () => import('./features/rewards/Store.jsx'),
  rewards: () => import('./features/rewards/RewardsAdmin.jsx'),
};
const loadPrizes = () => import('./features/prizes/Prizes.jsx');
const loadPrizeManager = () => import('./features/prizes/PrizeManager.jsx');
const PUBLIC_SCREENS = {
  forgot: () => import('./features/accounts/ForgotPassword.jsx'),
  reset: () => import('./features/accounts/ResetPassword.jsx'),
  invite: () => import('./features/accounts/AcceptInvitation.jsx'),
};

export function App() {
  const state = useStore(session);
  // Before the first paint: the company's last known colours, then the server's.
  useLayoutEffect(() => {
    startBranding();
  }, []);
  useEffect(() => {
    startSession();
  }, []);
  return (
    <>
      <Body state={state} />
      <Toasts />
      <LiveRegion />
    </>
  );
}

function Body({ state }) {
  const route = useRoute();
  if (state.status === 'loading') return <Splash />;
  // An invitation or reset link opens its own screen, signed in or not.
  if (PUBLIC_ROUTES.includes(route)) return <PublicScreen route={route} />;
  if (state.status === 'anonymous') return <Login />;
  if (state.status === 'error') {
    return (
      <main class="splash" id="main">
        <ErrorState error={{ offline: !navigator.onLine, message: state.error }} onRetry={startSession} />
      </main>
    );
  }
  return <SignedIn me={state.me} />;
}

function SignedIn({ me }) {
  const route = useRoute();
  const section = sectionOf(route, useRouteId());
  const sheetOpen = useStore(shareSheet) !== null;
  const canPublish = me.role === 'manager' || me.role === 'admin';
  const isAdmin = me.role === 'admin';
  // The programme's screens are for managers and admins, the organisation's for admins (lib/sections.js).
  useEffect(() => {
    if (!mayOpen(me.role, route)) navigate('feed');
  }, [route, me.role]);

  return (
    <>
      <div class="shell" inert={sheetOpen}>
        <a class="skip-link" href="#main" onClick={skipToMain}>
          Skip to content
        </a>
        <TopBar me={me} />
        <OfflineBanner />
        <SideNav role={me.role} current={section} />
        {/* Wide screens (tables) fill the console; the rest keep a readable column. */}
        <main class={`main${section && section.wide ? ' is-wide' : ''}`} id="main" tabIndex={-1}>
          <Screen route={route} me={me} canPublish={canPublish} />
        </main>
        <TabBar route={route} canPublish={canPublish} isAdmin={isAdmin} />
      </div>
      <ShareSheet />
    </>
  );
}

function Screen({ route, me, canPublish }) {
  if (!mayOpen(me.role, route)) return <Feed />;
  if (route === 'leaderboard') return <Leaderboard />;
  if (route === 'points') return <Points />;
  if (route === 'prizes') return <PrizesRoute me={me} canPublish={canPublish} />;
  const load = LAZY_SCREENS[route];
  if (load) return <LazyScreen key={route} load={load} me={me} />;
  return <Feed />;
}

// #/prizes for everyone; #/prizes/manage is the prize manager, for managers
// and admins only (advocates asking for it get the Prizes screen).
function PrizesRoute({ me, canPublish }) {
  const manage = useRouteId() === 'manage' && canPublish;
  if (manage) return <LazyScreen key="prize-manager" load={loadPrizeManager} me={me} />;
  return <LazyScreen key="prizes" load={loadPrizes} me={me} />;
}

// Forgot password, reset and invitation: a card like the login screen's.
function PublicScreen({ route }) {
  const token = useRouteId();
  return (
    <main class="login" id="main">
      <div class="login-card">
        <img class="login-logo" src={logoOf(useBranding())} width="64" height="64" alt="" />
        <LazyScreen key={`${route}:${token}`} load={PUBLIC_SCREENS[route]} token={token} />
      </div>
    </main>
  );
}

// A hash link would change the route; move focus instead.
function skipToMain(event) {
  event.preventDefault();
  document.getElementById('main').focus();
}

function Splash() {
  return (
    <main class="splash" id="main" aria-busy="true">
      <img src={logoOf(useBranding())} width="72" height="72" alt="" />
      <p>Loading Amplify…</p>
    </main>
  );
}
