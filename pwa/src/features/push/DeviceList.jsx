// "Your devices": every browser with notifications on for this advocate,
// this one marked, each with Remove.
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { ErrorState } from '../../components/StatusViews.jsx';

export function DeviceList({ devices, thisId, onRemove, headingRef }) {
  return (
    <section aria-labelledby="push-devices-title">
      <h2 class="section-title" id="push-devices-title" tabIndex={-1} ref={headingRef}>
        Your devices
      </h2>
      <Body devices={devices} thisId={thisId} onRemove={onRemove} />
    </section>
  );
}

function Body({ devices, thisId, onRemove }) {
  if (devices.status === 'loading')
    return (
      <p class="loading-line" aria-busy="true">
        Loading your devices…
      </p>
    );
  if (devices.status === 'error') return <ErrorState error={devices.error} onRetry={devices.reload} />;
  if (!devices.items.length) {
    return <p class="muted-note">No devices get notifications yet.</p>;
  }
  return (
    <ul class="device-list card" data-testid="push-devices">
      {devices.items.map((device) => {
        const isThis = device.id === thisId;
        const failed = devices.removeError && devices.removeError.id === device.id;
        return (
          <li key={device.id} class="device-row" data-device-id={device.id}>
            <span class="device-text">
              <span class="device-label">
                {device.label}
                {isThis && (
                  <span class="chip chip-brand" data-testid="this-device">
                    This device
                  </span>
                )}
              </span>
              <span class="device-meta">
                <DeviceTimes device={device} />
              </span>
              {failed && <span class="field-error">{devices.removeError.message}</span>}
            </span>
            <button
              type="button"
              class="btn btn-secondary btn-small"
              disabled={devices.removing !== null}
              aria-busy={devices.removing === device.id ? 'true' : undefined}
              onClick={() => onRemove(device, isThis)}
            >
              Remove<span class="sr-only"> {device.label}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function DeviceTimes({ device }) {
  return (
    <>
      <span>
        Added{' '}
        <time dateTime={device.created_at} title={fullDate(device.created_at)}>
          {relativeTime(device.created_at)}
        </time>
      </span>
      <span>
        {device.last_delivered_at ? (
          <>
            Last notified{' '}
            <time dateTime={device.last_delivered_at} title={fullDate(device.last_delivered_at)}>
              {relativeTime(device.last_delivered_at)}
            </time>
          </>
        ) : (
          'Nothing sent yet'
        )}
      </span>
    </>
  );
}
