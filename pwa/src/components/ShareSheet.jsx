// The bottom sheet for sharing one piece of content: an editable caption per
// network, one button per network, plus Copy link and the system share sheet.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../lib/store.js';
import { useFocusTrap } from '../lib/focusTrap.js';
import { NETWORKS, network as networkById, suggestedCaption } from '../lib/networks.js';
import { copyText } from '../lib/clipboard.js';
import { shareTo } from '../actions/share.js';
import { feed } from '../state/feed.js';
import { shareSheet, closeShareSheet } from '../state/shareSheet.js';
import { showToast } from '../state/toasts.js';
import { announce } from '../state/announcer.js';
import { Icon } from './Icon.jsx';
import { NetworkBadge } from './NetworkBadge.jsx';
import { ShareStatus } from './ShareStatus.jsx';

export function ShareSheet() {
  const open = useStore(shareSheet);
  const { items } = useStore(feed);
  if (!open) return null;
  // Read the live copy so "Shared on" reflects shares made from this sheet.
  const content = items.find((item) => item.id === open.content.id) || open.content;
  return <Sheet key={content.id} content={content} opener={open.opener} />;
}

function Sheet({ content, opener }) {
  const dialog = useRef(null);
  useFocusTrap(dialog, closeShareSheet, opener);
  useScrollLock();
  const [captionFor, setCaptionFor] = useState(NETWORKS[0].id);
  const [captions, setCaptions] = useState(() =>
    Object.fromEntries(NETWORKS.map((n) => [n.id, suggestedCaption(content, n.id)])),
  );
  const [status, setStatus] = useState(null);

  const onNetwork = (net) => {
    setCaptionFor(net.id);
    const attempt = shareTo(content, net.id, captions[net.id]);
    setStatus({
      network: net,
      opened: attempt.opened,
      shareUrl: attempt.shareUrl,
      copied: null,
      state: 'recording',
    });
    attempt.copied.then((copied) => {
      if (!net.copiesCaption) return;
      setStatus((s) => (s && s.network === net ? { ...s, copied } : s));
      if (copied) announce(`Caption copied — paste it into ${net.label}`);
    });
    attempt.recorded.then(({ ok }) => {
      setStatus((s) => (s && s.network === net ? { ...s, state: ok ? 'done' : 'failed' } : s));
    });
  };

  return (
    <div class="sheet-layer">
      <div class="sheet-backdrop" onClick={closeShareSheet} />
      <div
        class="sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="share-title"
        tabIndex={-1}
        ref={dialog}
      >
        <SheetHeader content={content} />
        <CaptionEditor
          network={networkById(captionFor)}
          value={captions[captionFor]}
          onNetworkChange={setCaptionFor}
          onInput={(text) => setCaptions({ ...captions, [captionFor]: text })}
        />
        <h3 class="sheet-subtitle">Share to</h3>
        <div class="network-grid">
          {NETWORKS.map((net) => (
            <button key={net.id} type="button" class="network-btn" onClick={() => onNetwork(net)}>
              <NetworkBadge network={net.id} />
              {net.label}
            </button>
          ))}
        </div>
        {status && <ShareStatus status={status} />}
        <SheetExtras content={content} caption={captions[captionFor]} />
      </div>
    </div>
  );
}

// The page behind must not scroll while a finger drags inside the sheet.
function useScrollLock() {
  useEffect(() => {
    document.body.classList.add('sheet-open');
    return () => document.body.classList.remove('sheet-open');
  }, []);
}

function SheetHeader({ content }) {
  return (
    <div class="sheet-header">
      <span class="sheet-grabber" aria-hidden="true" />
      <div class="sheet-heading">
        <h2 id="share-title">Share this content</h2>
        <p class="sheet-content-title">{content.title}</p>
      </div>
      <button type="button" class="icon-btn" aria-label="Close" onClick={closeShareSheet}>
        <Icon name="close" />
      </button>
    </div>
  );
}

function CaptionEditor({ network, value, onNetworkChange, onInput }) {
  const over = network.limit && value.length > network.limit;
  return (
    <div class="caption">
      <div class="caption-head">
        <label for="share-caption">Caption</label>
        <select
          aria-label="Caption for"
          value={network.id}
          onChange={(e) => onNetworkChange(e.currentTarget.value)}
        >
          {NETWORKS.map((n) => (
            <option key={n.id} value={n.id}>
              {n.captionLabel}
            </option>
          ))}
        </select>
      </div>
      <textarea
        id="share-caption"
        rows={4}
        value={value}
        aria-describedby="share-caption-hint"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p class={`caption-hint${over ? ' is-over' : ''}`} id="share-caption-hint">
        {network.limit
          ? `${value.length} / ${network.limit} characters (the link is added for you)`
          : network.copiesCaption
            ? `${network.label} can't prefill text: we copy this caption for you to paste.`
            : 'Suggested by your company — edit it to make it yours.'}
      </p>
    </div>
  );
}

// "More apps…" hands off to the OS share sheet; we can't know which app was
// picked (and the server only accepts the five networks), so it records nothing.
function SheetExtras({ content, caption }) {
  const copyLink = async () => {
    const ok = await copyText(content.url);
    showToast({ tone: ok ? 'success' : 'error', title: ok ? 'Link copied' : "Couldn't copy the link" });
  };
  const systemShare = () => {
    navigator.share({ title: content.title, text: caption, url: content.url }).catch(() => {});
  };
  return (
    <div class="sheet-extras">
      <button type="button" class="btn btn-secondary" onClick={copyLink}>
        <Icon name="link" size={18} /> Copy link
      </button>
      {typeof navigator.share === 'function' && (
        <button type="button" class="btn btn-secondary" onClick={systemShare}>
          <Icon name="more" size={18} /> More apps…
        </button>
      )}
    </div>
  );
}
