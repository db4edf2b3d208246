// For managers and admins, under a content card: how its notifications went
// (delivered to the push service, still waiting, failed, devices gone, and
// configuration faults with the last one's text). Fetched only when opened.
import { useState } from 'preact/hooks';
import { fetchDeliveryFigures } from '../../api/push.js';

export function DeliveryFigures({ contentId }) {
  const [figures, setFigures] = useState(null);
  const [failed, setFailed] = useState(false);

  const load = (event) => {
    if (!event.currentTarget.open) return;
    setFailed(false);
    fetchDeliveryFigures(contentId)
      .then(setFigures)
      .catch(() => setFailed(true));
  };

  return (
    <details class="delivery-figures" onToggle={load}>
      <summary>Notification delivery</summary>
      {failed && <p role="alert">Could not load the figures. Open this again to retry.</p>}
      {!failed && !figures && <p aria-live="polite">Loading…</p>}
      {!failed && figures && <FigureList figures={figures} />}
    </details>
  );
}

function FigureList({ figures }) {
  if (!figures.messages) return <p>No notifications were sent for this content yet.</p>;
  const rows = [
    ['Sent to devices', figures.messages],
    ['Delivered', figures.delivered],
    ['Waiting (quiet hours or retrying)', figures.waiting],
    ['Failed after retries', figures.failed],
    ['Devices gone and removed', figures.removed],
    ['Configuration faults', figures.config_errors],
  ];
  return (
    <>
      <dl class="figure-list" data-testid="delivery-figures">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {figures.last_config_error && (
        <p class="figure-fault">Last fault: {figures.last_config_error}</p>
      )}
    </>
  );
}
