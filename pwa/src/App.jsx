// Top-level layout: login until signed in, then top bar + current screen +
// tab bar on a phone, or top bar + side navigation + a wide screen from
// 1024 px (styles/console.css). The share sheet, toasts and live region sit
// outside the shell so the shell can be made inert while the sheet is open.
import { useEffect } from 'preact/hooks';
import { useStore } from './lib/store.js';
import { useRoute, useRouteId, navigate, PUBLIC_ROUTES } from './lib/router.js';
import { session } from './state/session.js';
import { shareSheet } from './state/shareSheet.js';
import { startSession } from './actions/session.js';
import { TopBar } from './components/TopBar.jsx';
import { TabBar } from './components/TabBar.jsx';
import { SideNav } from './components/SideNav.jsx';
import { sectionOf } from './lib/sections.js';
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

const loadNewContent = () => import('./features/feed/NewContent.jsx');
const loadRules = () => import('./features/rules/Rules.jsx');
const loadNotifications = () => import('./features/push/Notifications.jsx');
const loadInsights = () => import('./features/insights/Insights.jsx');
const loadPrizes = () => import('./features/prizes/Prizes.jsx');
const loadPrizeManager = () => import('./features/prizes/PrizeManager.jsx');
const loadRecognition = () => import('./features/recognition/Recognition.jsx');
const loadSuggestions = () => import('./features/suggestions/Suggestions.jsx');
const loadGuidelines = () => import('./features/guidelines/Guidelines.jsx');
const loadPrivacy = () => import('./features/privacy/Privacy.jsx');
const loadPeople = () => import('./features/people/People.jsx');
const PUBLIC_SCREENS = {
  forgot: () => import('./features/accounts/ForgotPassword.jsx'),
  reset: () => import('./features/accounts/ResetPassword.jsx'),
  invite: () => import('./features/accounts/AcceptInvitation.jsx'),
};

export function App() {
  const state = useStore(session);
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
  useEffect(() => {
    if (route === 'new' && !canPublish) navigate('feed'); // advocates can't publish
    if (route === 'rules' && !isAdmin) navigate('feed'); // only admins tune scoring
    if (route === 'insights' && !canPublish) navigate('feed'); // programme figures: managers and admins
    if (route === 'people' && !canPublish) navigate('feed'); // accounts: managers and admins
  }, [route, canPublish, isAdmin]);

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
          <Screen route={route} me={me} canPublish={canPublish} isAdmin={isAdmin} />
        </main>
        <TabBar route={route} canPublish={canPublish} isAdmin={isAdmin} />
      </div>
      <ShareSheet />
    </>
  );
}

function Screen({ route, me, canPublish, isAdmin }) {
  if (route === 'leaderboard') return <Leaderboard />;
  if (route === 'points') return <Points />;
  if (route === 'notifications') return <LazyScreen key="notifications" load={loadNotifications} />;
  if (route === 'new' && canPublish) return <LazyScreen key="new" load={loadNewContent} />;
  if (route === 'rules' && isAdmin) return <LazyScreen key="rules" load={loadRules} />;
  if (route === 'insights' && canPublish) return <LazyScreen key="insights" load={loadInsights} me={me} />;
  if (route === 'prizes') return <PrizesRoute me={me} canPublish={canPublish} />;
  if (route === 'kudos') return <LazyScreen key="kudos" load={loadRecognition} me={me} />;
  if (route === 'suggestions') return <LazyScreen key="suggestions" load={loadSuggestions} me={me} />;
  if (route === 'guidelines') return <LazyScreen key="guidelines" load={loadGuidelines} me={me} />;
  if (route === 'privacy') return <LazyScreen key="privacy" load={loadPrivacy} me={me} />;
  if (route === 'people' && canPublish) return <LazyScreen key="people" load={loadPeople} me={me} />;
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
        <img class="login-logo" src="/icons/icon-192.png" width="64" height="64" alt="" />
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
      <img src="/icons/icon-192.png" width="72" height="72" alt="" />
      <p>Loading Amplify…</p>
    </main>
  );
}
