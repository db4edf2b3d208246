// One piece of content in the feed: image, title, summary, what you already
// shared it on, the Share button that opens the share sheet, and your rating.
import { useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { Icon } from '../../components/Icon.jsx';
import { networkLabel } from '../../lib/networks.js';
import { formatList } from '../../lib/listFormat.js';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { openShareSheet } from '../../state/shareSheet.js';
import { contentOpened } from '../../actions/openContent.js';
import { DeliveryFigures } from './DeliveryFigures.jsx';
import { RatingButtons } from './RatingButtons.jsx';
import { pendingShares, pendingNetworks } from '../../state/pendingShares.js';

export function ContentCard({ content, canEdit = false }) {
  const titleId = `content-${content.id}-title`;
  const shared = content.shared_networks || [];
  const waiting = pendingNetworks(useStore(pendingShares), content.id);
  return (
    <article class="card" data-content-id={content.id} aria-labelledby={titleId}>
      {content.image_url && <CardImage src={content.image_url} />}
      <div class="card-body">
        {/* Focusable from script only: a notification's link lands here (lib/useRevealContent.js). */}
        <h2 class="card-title" id={titleId} tabIndex={-1}>
          <a
            href={content.url}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => contentOpened(content)}
          >
            {content.title}
          </a>
        </h2>
        {content.summary && <Summary content={content} />}
        <CardMeta content={content} />
        <div class="card-actions">
          {shared.length > 0 && (
            <span class="chip chip-success" data-testid="shared-chip">
              <Icon name="check" size={16} />
              Shared on {formatList(shared.map(networkLabel))}
            </span>
          )}
          {waiting.length > 0 && (
            <span class="chip chip-pending" data-testid="pending-chip">
              <Icon name="clock" size={16} />
              Waiting to send: {formatList(waiting.map(networkLabel))}
            </span>
          )}
          <button type="button" class="btn btn-primary card-share" onClick={() => openShareSheet(content)}>
            <Icon name="share" size={18} />
            Share<span class="sr-only">: {content.title}</span>
          </button>
        </div>
        <RatingButtons content={content} />
        {canEdit && <DeliveryFigures contentId={content.id} />}
      </div>
    </article>
  );
}

// The box keeps its aspect ratio before the image arrives so the feed does
// not jump; a broken image removes the box instead of showing an icon.
function CardImage({ src }) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  return (
    <div class="card-media">
      <img src={src} alt="" loading="lazy" decoding="async" onError={() => setFailed(true)} />
    </div>
  );
}

// The only HTML the app ever shows from the server: the summary's simple
// formatting, sanitized by the server (nh3) when written and again when sent,
// and under a Content Security Policy that runs no inline script anyway.
function Summary({ content }) {
  if (!content.summary_html) return <p class="card-summary">{content.summary}</p>;
  return <div class="card-summary" dangerouslySetInnerHTML={{ __html: content.summary_html }} />;
}

function CardMeta({ content }) {
  const expiresSoon = content.expires_at && new Date(content.expires_at).getTime() - Date.now() < 3 * 86400e3;
  return (
    <p class="card-meta">
      <time dateTime={content.publish_at} title={fullDate(content.publish_at)}>
        {relativeTime(content.publish_at)}
      </time>
      {content.expires_at && (
        <span class={expiresSoon ? 'expires soon' : 'expires'}>
          <Icon name="clock" size={14} /> Expires {relativeTime(content.expires_at)}
        </span>
      )}
    </p>
  );
}
