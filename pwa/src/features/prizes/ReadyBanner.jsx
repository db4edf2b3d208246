// "March 2026 is ready to close": last month's scopes the manager runs that
// have prizes and aren't closed. Close freezes the month's standings and
// opens its preview in the prize manager; nothing is awarded yet.
import { useEffect, useState } from 'preact/hooks';
import { closeMonth, fetchReady } from './closesApi.js';
import { navigate } from '../../lib/router.js';
import { managePath } from './useManageScope.js';
import { Icon } from '../../components/Icon.jsx';

const openPreview = (item) => navigate(managePath(item.month, item.team_id));

/** onClosed(item) once closed; by default the prize manager opens on it. */
export function ReadyBanner({ onClosed = openPreview }) {
  const [items, setItems] = useState([]);
  useEffect(() => {
    fetchReady().then(setItems, () => setItems([])); // a reminder: failing quietly is fine
  }, []);
  const closed = (item) => {
    setItems((list) => list.filter((other) => other !== item));
    onClosed(item);
  };
  return items.map((item) => <Ready key={`${item.month}-${item.team_id}`} item={item} onClosed={closed} />);
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
