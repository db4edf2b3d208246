// What happened after tapping a network in the share sheet: caption copied,
// whether the network's page opened (with a fallback link if a pop-up
// blocker ate it), and whether the share was recorded for points.
import { Icon } from '../../components/Icon.jsx';

const RECORDING_TEXT = {
  recording: 'Recording your share…',
  done: 'Share recorded.',
  failed: 'Share not recorded yet — you can try again.',
  pending: "You're offline: saved on this device, and recorded when you're back online.",
};

export function ShareStatus({ status }) {
  const { network, opened, shareUrl, copied, state } = status;
  return (
    <div class="share-status" data-testid="share-status">
      {network.copiesCaption && copied === true && (
        <p class="share-note share-note-strong">
          <Icon name="check" size={16} />
          {`Caption copied — paste it into ${network.label}`}
        </p>
      )}
      {network.copiesCaption && copied === false && (
        <p class="share-note">Couldn't copy the caption automatically — copy it from the box above.</p>
      )}
      <p class="share-note">
        {opened ? `${network.label} opened in a new tab. ` : "Didn't open? "}
        <a href={shareUrl} target="_blank" rel="noopener noreferrer">
          {opened ? `Open ${network.label} again` : `Open ${network.label}`}
          <Icon name="external" size={14} />
        </a>
      </p>
      <p class={`share-note share-state-${state}`}>{RECORDING_TEXT[state]}</p>
    </div>
  );
}
