// "Preview as an advocate": the feed's own card (feed/ContentCard.jsx) built
// from the form's current values, at phone width, exactly as the feed will
// show it. The card is inert: sharing or rating a preview does nothing.
import { useRef } from 'preact/hooks';
import { ContentCard } from '../feed/ContentCard.jsx';
import { Icon } from '../../components/Icon.jsx';
import { useFocusTrap } from '../../lib/focusTrap.js';
import { useInertOutside } from '../../lib/inertOutside.js';
import { previewContent } from '../../lib/contentDraft.js';

// The browser's parser reads the summary as typed into plain text; it runs no script.
const plain = (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent.trim();

export function AdvocatePreview({ draft, original, onClose }) {
  const layer = useRef(null);
  const dialog = useRef(null);
  useFocusTrap(dialog, onClose);
  useInertOutside(layer);
  const content = previewContent(draft, original, plain);
  return (
    <div class="sheet-layer preview-layer" ref={layer}>
      <div class="sheet-backdrop" onClick={onClose} />
      <div
        class="sheet preview-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="preview-title"
        aria-describedby="preview-text"
        tabIndex={-1}
        ref={dialog}
        data-testid="advocate-preview"
      >
        <div class="sheet-header">
          <h2 id="preview-title">Preview as an advocate</h2>
          <button type="button" class="icon-btn" aria-label="Close the preview" onClick={onClose}>
            <Icon name="close" />
          </button>
        </div>
        <p id="preview-text" class="field-hint">
          This is the card advocates will see in their feed. Its buttons do nothing here.
        </p>
        <div class="preview-frame" inert>
          <ContentCard content={content} />
        </div>
      </div>
    </div>
  );
}
