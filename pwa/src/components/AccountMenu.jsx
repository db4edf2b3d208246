// The avatar button in the top bar: who is signed in, Insights and People for
// managers and admins (the tab bar is already full on a phone), Prizes,
// Recognition, Suggestions, Guidelines, notification settings, your data,
// installing the app, and Log out.
import { useEffect, useRef, useState } from 'preact/hooks';
import { logOut } from '../actions/session.js';
import { Icon } from './Icon.jsx';
import { InstallMenuItem } from './InstallOffer.jsx';
import { initials } from '../lib/initials.js';

const ROLE_LABELS = { advocate: 'Advocate', manager: 'Manager', admin: 'Admin' };
// Leaders review suggestions as well as make them.
const isLeader = (me) => me.role === 'manager' || me.role === 'admin';

export function AccountMenu({ me }) {
  const [open, setOpen] = useState(false);
  const root = useRef(null);
  useDismiss(root, open, () => setOpen(false));

  return (
    <div class="account" ref={root}>
      <button
        type="button"
        class="avatar-btn"
        aria-label="Account menu"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="account-panel"
        onClick={() => setOpen(!open)}
      >
        {/* Initials drawn by CSS (::before), so the button's only text is its name. */}
        <span class="avatar" aria-hidden="true" data-initials={initials(me.display_name)} />
      </button>
      {open && (
        <div class="account-panel" id="account-panel">
          <p class="account-name">{me.display_name}</p>
          <p class="account-meta">{me.email}</p>
          <p class="account-meta">
            {ROLE_LABELS[me.role] || me.role}
            {me.team ? ` · ${me.team.name}` : ''}
          </p>
          {(me.role === 'manager' || me.role === 'admin') && (
            <a class="btn btn-secondary btn-block" href="#/insights">
              <Icon name="chart" size={18} /> Insights
            </a>
          )}
          {isLeader(me) && (
            <a class="btn btn-secondary btn-block" href="#/people">
              <Icon name="people" size={18} /> People
            </a>
          )}
          {isLeader(me) && (
            <a class="btn btn-secondary btn-block" href="#/library">
              <Icon name="share" size={18} /> Content library
            </a>
          )}
          {me.role === 'admin' && (
            <>
              <a class="btn btn-secondary btn-block" href="#/organisation">
                <Icon name="sliders" size={18} /> Organisation
              </a>
              <a class="btn btn-secondary btn-block" href="#/teams">
                <Icon name="people" size={18} /> Teams
              </a>
              <a class="btn btn-secondary btn-block" href="#/directory">
                <Icon name="refresh" size={18} /> Directory sync
              </a>
            </>
          )}
          <a class="btn btn-secondary btn-block" href="#/prizes">
            <Icon name="medal" size={18} /> Prizes
          </a>
          <a class="btn btn-secondary btn-block" href="#/kudos">
            <Icon name="star" size={18} /> Recognition
          </a>
          <a class="btn btn-secondary btn-block" href="#/suggestions">
            <Icon name="link" size={18} /> {isLeader(me) ? 'Suggestions' : 'Suggest content'}
          </a>
          <a class="btn btn-secondary btn-block" href="#/guidelines">
            <Icon name="check" size={18} /> Guidelines
          </a>
          <a class="btn btn-secondary btn-block" href="#/notifications">
            <Icon name="bell" size={18} /> Notifications
          </a>
          <a class="btn btn-secondary btn-block" href="#/privacy">
            <Icon name="lock" size={18} /> Your data
          </a>
          <InstallMenuItem />
          <button type="button" class="btn btn-secondary btn-block" onClick={logOut}>
            <Icon name="logout" size={18} /> Log out
          </button>
        </div>
      )}
    </div>
  );
}

// Close on Escape, on a tap outside, and when the route changes.
function useDismiss(root, open, close) {
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event) => event.key === 'Escape' && close();
    const onPointer = (event) => root.current && !root.current.contains(event.target) && close();
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('hashchange', close);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('hashchange', close);
    };
  }, [open]);
}
