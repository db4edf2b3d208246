// The advocate's devices with notifications on (GET /push/devices), and
// removing one. Removing this browser also unsubscribes it, so the browser
// stops holding a subscription nobody sends to.
import { useEffect, useState } from 'preact/hooks';
import { fetchDevices, removeDevice } from '../api/push.js';
import { forgetDevice } from './pushDevice.js';
import { announce } from '../state/announcer.js';

export function usePushDevices(enabled) {
  const [state, setState] = useState({ status: 'loading', items: [], error: null });
  const [attempt, setAttempt] = useState(0);
  const [removing, setRemoving] = useState(null); // device id
  const [removeError, setRemoveError] = useState(null);

  useEffect(() => {
    if (!enabled) return undefined;
    let active = true;
    fetchDevices()
      .then((body) => active && setState({ status: 'ready', items: body.items || [], error: null }))
      .catch((error) => active && setState((s) => ({ ...s, status: s.items.length ? 'ready' : 'error', error })));
    return () => {
      active = false;
    };
  }, [enabled, attempt]);

  /** `subscription` is this browser's, passed when `device` is this device. */
  const remove = async (device, subscription) => {
    setRemoving(device.id);
    setRemoveError(null);
    try {
      await removeDevice(device.id).catch((err) => {
        if (err.status !== 404) throw err; // already gone counts as removed
      });
      if (subscription) {
        forgetDevice();
        await subscription.unsubscribe().catch(() => {});
      }
      setState((s) => ({ ...s, items: s.items.filter((item) => item.id !== device.id) }));
      announce(`Removed ${device.label}.`);
      return true;
    } catch (err) {
      setRemoveError({ id: device.id, message: err.message });
      return false;
    } finally {
      setRemoving(null);
    }
  };

  return {
    ...state,
    // POST /push/devices answers with the device: no need to refetch the list.
    upsert: (device) =>
      setState((s) => {
        const known = s.items.some((item) => item.id === device.id);
        const items = known ? s.items.map((item) => (item.id === device.id ? device : item)) : [...s.items, device];
        return { ...s, items };
      }),
    removing,
    removeError,
    remove,
    reload: () => setAttempt((n) => n + 1),
  };
}
