// The share sheet's last network tap: hand off to the network (actions/share.js),
// then follow what happened (caption copied, recorded or not) for ShareStatus,
// and keep what the server said about a caption it refused, per network,
// until the advocate changes that caption.
import { useState } from 'preact/hooks';
import { shareTo } from '../actions/share.js';
import { announce } from '../state/announcer.js';

export function useShareAttempt(content) {
  const [status, setStatus] = useState(null);
  const [refusals, setRefusals] = useState({});
  const update = (net, change) => setStatus((s) => (s && s.network === net ? { ...s, ...change } : s));

  // Synchronous up to shareTo: window.open needs the tap's user activation.
  const share = (net, caption, edited) => {
    const attempt = shareTo(content, net.id, caption, { edited });
    setStatus({ network: net, opened: attempt.opened, shareUrl: attempt.shareUrl, copied: null, state: 'recording' });
    attempt.copied.then((copied) => {
      if (!net.copiesCaption) return;
      update(net, { copied });
      if (copied) announce(`Caption copied — paste it into ${net.label}`);
    });
    attempt.recorded.then(({ ok, queued, error }) => {
      update(net, { state: ok ? 'done' : queued ? 'pending' : 'failed' });
      const said = error && error.fields && error.fields.caption;
      if (said) setRefusals((r) => ({ ...r, [net.id]: [].concat(said).join(' ') }));
    });
  };
  const forgetRefusal = (networkId) => setRefusals((r) => ({ ...r, [networkId]: null }));
  return { status, refusals, share, forgetRefusal };
}
