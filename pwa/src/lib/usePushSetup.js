// This browser and notifications: what it supports, what the advocate has
// allowed, the server's key and this browser's subscription, and turning
// notifications on. Permission is only ever asked for inside turnOn(), which
// runs from a tap: browsers ignore (or punish) prompts nobody asked for.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.js';
import { addDevice, fetchPushKey } from '../api/push.js';
import { deviceLabel, permissionState, sameServerKey, urlBase64ToUint8Array } from './pushSupport.js';
import { currentSubscription, rememberDevice, workerRegistration } from './pushDevice.js';

export function usePushSetup({ onRegistered }) {
  const [permission, setPermission] = useState(() => permissionState());
  const [keyStatus, setKeyStatus] = useState('loading'); // loading | ready | not-configured | error
  const [subscription, setSubscription] = useState(undefined); // undefined while checking
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null); // { message } or { dismissed: true }
  const keyRequest = useRef(null);

  // Fetched before any tap: requestPermission() must follow the tap directly
  // (Safari forgets the gesture across a network wait), and a server without
  // push keys should say so up front rather than after a prompt.
  const loadKey = () => {
    keyRequest.current = fetchPushKey().then((body) => body.public_key);
    keyRequest.current.then(
      () => setKeyStatus('ready'),
      (err) => setKeyStatus(err.code === 'push_not_configured' ? 'not-configured' : 'error'),
    );
    return keyRequest.current;
  };

  useEffect(() => {
    loadKey().catch(() => {});
    currentSubscription().then(setSubscription);
    // Allowing notifications happens in the browser's settings, outside the
    // page: follow the permission where the browser reports changes, and
    // look again whenever the advocate comes back to the tab.
    const recheck = () => setPermission(permissionState());
    const onVisible = () => document.visibilityState === 'visible' && recheck();
    document.addEventListener('visibilitychange', onVisible);
    let status = null;
    let active = true;
    if (navigator.permissions && navigator.permissions.query) {
      navigator.permissions
        .query({ name: 'notifications' })
        .then((result) => {
          if (!active) return;
          status = result;
          status.addEventListener('change', recheck);
        })
        .catch(() => {});
    }
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisible);
      if (status) status.removeEventListener('change', recheck);
    };
  }, []);

  /**
   * Ask, subscribe, register. Resolves to 'on', 'denied', 'dismissed' or
   * 'failed' (then `problem` says why). onRegistered(device) runs in the same
   * update as the new subscription, so the screen never shows "off" between.
   */
  const turnOn = async () => {
    setProblem(null);
    const answer = await askPermission();
    setPermission(permissionState());
    if (answer === 'denied') return 'denied';
    if (answer !== 'granted') {
      setProblem({ dismissed: true });
      return 'dismissed';
    }
    setBusy(true);
    try {
      const key = await (keyStatus === 'error' ? loadKey() : keyRequest.current);
      const subscribed = await subscribe(urlBase64ToUint8Array(key));
      const { endpoint, keys } = subscribed.toJSON();
      const device = await addDevice({ endpoint, keys, label: deviceLabel(navigator.userAgent) });
      rememberDevice(endpoint, device.id);
      onRegistered(device);
      setSubscription(subscribed);
      return 'on';
    } catch (err) {
      setProblem({ message: explain(err) });
      return 'failed';
    } finally {
      setBusy(false);
    }
  };

  return {
    permission,
    keyStatus,
    subscription,
    busy,
    problem,
    turnOn,
    forgetSubscription: () => setSubscription(null),
  };
}

function askPermission() {
  if (Notification.permission === 'granted') return Promise.resolve('granted');
  // Older Safari only takes a callback; newer browsers return a promise.
  return new Promise((resolve) => {
    const pending = Notification.requestPermission(resolve);
    if (pending && pending.then) pending.then(resolve, () => resolve(Notification.permission));
  });
}

// Reuse this browser's subscription unless it was made with a key the server
// no longer has; pushes to that one would be refused.
async function subscribe(serverKey) {
  const registration = await workerRegistration();
  if (!registration) throw new Error('no-worker');
  const existing = await registration.pushManager.getSubscription();
  if (existing && sameServerKey(existing.options && existing.options.applicationServerKey, serverKey)) {
    return existing;
  }
  if (existing) await existing.unsubscribe();
  return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey });
}

function explain(err) {
  if (err instanceof ApiError) {
    if (err.code === 'push_not_configured') return 'Notifications are not set up on this server yet.';
    return err.message;
  }
  if (err && err.message === 'no-worker') {
    return "Amplify's background worker isn't running in this tab yet. Reload the page and try again.";
  }
  // e.g. AbortError when the browser's push service can't be reached, or a
  // browser (like Brave by default) that has push messaging switched off.
  return "This browser couldn't subscribe to notifications. Check your connection and the browser's notification settings, then try again.";
}
