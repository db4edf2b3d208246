// "March 2026 is ready to close": last month's scopes the manager runs that
// have prizes and aren't closed. Close freezes the month's standings and
// opens its preview in the prize manager; nothing is awarded yet. In the
// prize manager, which opens on the first of them, it also says when
// nothing is ready.
import { useState } from 'preact/hooks';
import { closeMonth } from './closesApi.js';
import { navigate } from '../../lib/router.js';
import { managePath } from './useManageScope.js';
import { useReadyToClose } from './useReadyToClose.js';
import { Icon } from '../../components/Icon.jsx';

const openPreview = (item) => navigate(managePath(item.month, item.team_id));

/** On the Prizes screen: fetches its own list; a closed month opens in the prize manager. */
export function ReadyBanner() {
  return <ReadyList ready={useReadyToClose()} onClosed={openPreview} />;
}

/** `ready` from useReadyToClose; onClosed(item) once closed. `sayNone`: say when none is ready. */
export function ReadyList({ ready, onClosed, sayNone = false }) {
  if (ready.status === 'loading') return null;
  if (!ready.items.length) {
    return sayNone ? (
      <p class="ready-none" data-testid="ready-none">
        Nothing is ready to close: last month is closed, or had no prizes.
      </p>
    ) : null;
  }
  const closed = (item) => (ready.remove(item), onClosed(item));
  return ready.items.map((item) => <Ready key={`${item.month}-${item.team_id}`} item={item} onClosed={closed} />);
}

function Ready({ item, onClosed }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      await closeMonth(item.month, item.team_id);
    } catch (err) {
      // Someone else closed it meanwhile: the preview is still the place to go.
      if (err.code !== 'already_closed') return (setError(err.message), setBusy(false));
    }
    onClosed(item);
  };
  const count = `${item.prizes} prize${item.prizes === 1 ? '' : 's'}`;
  return (
    <div class="ready-banner" role="region" aria-label={`${item.month_label} is ready to close`}>
      <Icon name="medal" size={24} class="ready-icon" />
      <div class="ready-text">
        <p class="ready-title">{item.month_label} is ready to close</p>
        <p class="ready-detail">
          {count} for {item.scope}. Closing freezes the month's standings and shows who would win; nothing is
          awarded until you confirm.
        </p>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="button" class="btn btn-primary" onClick={close} disabled={busy}>
        Close {item.month_label}
      </button>
    </div>
  );
}
