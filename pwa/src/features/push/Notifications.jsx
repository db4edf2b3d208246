// Notifications: turn them on for this browser (permission is asked only
// after the tap), choose what they're about and when they may ring, and see
// or remove the devices that get them. Loaded on demand (see App.jsx), with
// its own stylesheet, so the first load of the app doesn't grow.
import './notifications.css';
import { useRef, useState } from 'preact/hooks';
import { pushStatus } from '../../lib/pushSupport.js';
import { thisDeviceId } from '../../lib/pushDevice.js';
import { usePushSetup } from '../../lib/usePushSetup.js';
import { usePushDevices } from '../../lib/usePushDevices.js';
import { usePushPreferences } from '../../lib/usePushPreferences.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { PushStatus } from './PushStatus.jsx';
import { NotificationPreferences } from './NotificationPreferences.jsx';
import { DeviceList } from './DeviceList.jsx';

export default function Notifications() {
  const devicesRef = useRef(null);
  const registered = useRef(() => {});
  const setup = usePushSetup({ onRegistered: (device) => registered.current(device) });
  const available = setup.keyStatus !== 'not-configured';
  const devices = usePushDevices(available);
  registered.current = devices.upsert;
  const prefs = usePushPreferences(available);
  const [focusSignal, setFocusSignal] = useState(0);

  const thisId = thisDeviceId(setup.subscription);
  const state = pushStatus({
    permission: setup.permission,
    keyStatus: setup.keyStatus,
    subscriptionChecked: setup.subscription !== undefined,
    thisDeviceId: thisId,
    deviceIds: devices.status === 'ready' ? devices.items.map((d) => d.id) : null,
  });

  const turnOn = async () => {
    const outcome = await setup.turnOn();
    if (outcome === 'on' || outcome === 'denied') setFocusSignal((n) => n + 1);
  };

  // The Remove button disappears with its row: land on the list's heading.
  const remove = async (device, isThis) => {
    const removed = await devices.remove(device, isThis ? setup.subscription : null);
    if (!removed) return;
    if (isThis) setup.forgetSubscription();
    if (devicesRef.current) devicesRef.current.focus();
  };

  return (
    <section class="screen" aria-labelledby="notifications-title">
      <div class="screen-header">
        <div>
          <h1 id="notifications-title">Notifications</h1>
          <p class="screen-subtitle">
            New content to share, prizes you win, badges and levels; a weekly digest if you want it.
          </p>
        </div>
      </div>
      <PushStatus
        state={state}
        busy={setup.busy}
        problem={setup.problem}
        onTurnOn={turnOn}
        focusSignal={focusSignal}
      />
      {available && (
        <>
          {prefs.status === 'loading' && (
            <p class="loading-line" aria-busy="true">
              Loading your preferences…
            </p>
          )}
          {prefs.status === 'error' && <ErrorState error={prefs.error} onRetry={prefs.reload} />}
          {prefs.status === 'ready' && prefs.form && <NotificationPreferences prefs={prefs} />}
          <DeviceList devices={devices} thisId={thisId} onRemove={remove} headingRef={devicesRef} />
        </>
      )}
    </section>
  );
}
