// The bottom sheet for sharing one piece of content: an editable caption per
// network, one button per network, plus Copy link and the system share sheet.
// The guidelines come first: until they are accepted the sheet says so
// instead of offering networks, and a caption the guidelines don't allow
// (lib/shareRules.js) keeps its network closed, saying why by the caption.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { useFocusTrap } from '../../lib/focusTrap.js';
import { NETWORKS, network as networkById, suggestedCaption } from '../../lib/networks.js';
import { copyText } from '../../lib/clipboard.js';
import { useShareAttempt } from '../../lib/useShareAttempt.js';
import { shareProblems, isEdited } from '../../lib/shareRules.js';
import { feed } from '../../state/feed.js';
import { guidelines, mustAcknowledge } from '../../state/guidelines.js';
import { shareSheet, closeShareSheet } from '../../state/shareSheet.js';
import { showToast } from '../../state/toasts.js';
import { announce } from '../../state/announcer.js';
import { Icon } from '../../components/Icon.jsx';
import { NetworkBadge } from './NetworkBadge.jsx';
import { ShareStatus } from './ShareStatus.jsx';
import { GuidelinesGate } from '../../components/GuidelinesGate.jsx';

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
  const rules = useStore(guidelines);

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
        {mustAcknowledge(rules) ? (
          <GuidelinesGate id="share-gate" inSheet onFollow={closeShareSheet} />
        ) : (
          <SharePanel content={content} rules={rules.data} />
        )}
      </div>
    </div>
  );
}

function SharePanel({ content, rules }) {
  const [captionFor, setCaptionFor] = useState(NETWORKS[0].id);
  const [captions, setCaptions] = useState(() =>
    Object.fromEntries(NETWORKS.map((n) => [n.id, suggestedCaption(content, n.id)])),
  );
  const { status, refusals, share, forgetRefusal } = useShareAttempt(content);
  const problems = shareProblems(content, captions, rules);
  const captionBox = useRef(null);

  const onNetwork = (net) => {
    setCaptionFor(net.id);
    const problem = problems[net.id];
    if (!problem) return share(net, captions[net.id], isEdited(content, net.id, captions[net.id]));
    // The network's page can't be taken back once open: explain instead.
    captionBox.current.focus();
    announce(problem.message);
  };
  const onCaptionInput = (text) => {
    setCaptions({ ...captions, [captionFor]: text });
    forgetRefusal(captionFor);
  };
  const problem = problems[captionFor];

  return (
    <>
      <CaptionEditor
        network={networkById(captionFor)}
        value={captions[captionFor]}
        problem={problem ? problem.message : refusals[captionFor]}
        textareaRef={captionBox}
        onNetworkChange={setCaptionFor}
        onInput={onCaptionInput}
      />
      <h3 class="sheet-subtitle">Share to</h3>
      <NetworkButtons problems={problems} onNetwork={onNetwork} />
      {status && <ShareStatus status={status} />}
      <SheetExtras content={content} caption={captions[captionFor]} />
    </>
  );
}

// A blocked network stays focusable (aria-disabled): tapping it shows why.
function NetworkButtons({ problems, onNetwork }) {
  return (
    <div class="network-grid">
      {NETWORKS.map((net) => (
        <button
          key={net.id}
          type="button"
          class="network-btn"
          aria-disabled={problems[net.id] ? 'true' : undefined}
          onClick={() => onNetwork(net)}
        >
          <NetworkBadge network={net.id} />
          {net.label}
        </button>
      ))}
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

function CaptionEditor({ network, value, problem, textareaRef, onNetworkChange, onInput }) {
  const over = network.limit && value.length > network.limit;
  const describedBy = problem ? 'share-caption-problem share-caption-hint' : 'share-caption-hint';
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
        ref={textareaRef}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {problem && (
        <p class="caption-problem" id="share-caption-problem" data-testid="caption-problem">
          {problem}
        </p>
      )}
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
