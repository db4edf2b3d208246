// "Preview as an advocate": the feed's own card (feed/ContentCard.jsx) built
// from the form's current values, at phone width, exactly as the feed will
// show it. The card is inert: sharing or rating a preview does nothing.
import { ContentCard } from '../feed/ContentCard.jsx';
import { Sheet } from '../../components/Sheet.jsx';
import { previewContent } from '../../lib/contentDraft.js';

// The browser's parser reads the summary as typed into plain text; it runs no script.
const plain = (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent.trim();

export function AdvocatePreview({ draft, original, onClose }) {
  const content = previewContent(draft, original, plain);
  return (
    <Sheet
      id="preview"
      title="Preview as an advocate"
      description="This is the card advocates will see in their feed. Its buttons do nothing here."
      descriptionClass="field-hint"
      className="preview-sheet"
      layerClass="preview-layer"
      closeLabel="Close the preview"
      testId="advocate-preview"
      onClose={onClose}
    >
      <div class="preview-frame" inert>
        <ContentCard content={content} />
      </div>
    </Sheet>
  );
}
