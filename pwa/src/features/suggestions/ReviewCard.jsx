// One suggestion waiting for review: who suggested what, in their words,
// with Approve (title and summary editable first) and Reject (a reason is
// required; the suggester reads it). Both open inline, under the buttons.
import { useRef, useState } from 'preact/hooks';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { ApproveForm } from './ApproveForm.jsx';
import { RejectForm } from './RejectForm.jsx';

export function ReviewCard({ item, onDecided }) {
  const [mode, setMode] = useState(null); // null | 'approve' | 'reject'
  const opener = useRef(null);
  const open = (next) => (event) => {
    opener.current = event.currentTarget;
    setMode(mode === next ? null : next);
  };
  const cancel = () => {
    setMode(null);
    if (opener.current) opener.current.focus();
  };
  const formId = `review-${item.id}-form`;

  return (
    <li class="card suggestion" data-suggestion-id={item.id} aria-labelledby={`review-${item.id}-title`}>
      <p class="suggestion-by">{item.suggester.display_name} suggested</p>
      <h3 class="suggestion-title" id={`review-${item.id}-title`}>
        {item.title}
      </h3>
      <a class="suggestion-url" href={item.url} target="_blank" rel="noopener noreferrer">
        {item.url}
      </a>
      <blockquote class="suggestion-comment">{item.comment}</blockquote>
      <p class="suggestion-meta">
        <time dateTime={item.created_at} title={fullDate(item.created_at)}>
          {relativeTime(item.created_at)}
        </time>
      </p>
      <div class="review-actions">
        {['approve', 'reject'].map((name) => (
          <ModeButton key={name} mode={name} current={mode} controls={formId} onClick={open(name)} />
        ))}
      </div>
      <div id={formId}>
        {mode === 'approve' && <ApproveForm item={item} onDone={onDecided} onCancel={cancel} />}
        {mode === 'reject' && <RejectForm item={item} onDone={onDecided} onCancel={cancel} />}
      </div>
    </li>
  );
}

const LABELS = { approve: 'Approve…', reject: 'Reject…' };

function ModeButton({ mode, current, controls, onClick }) {
  const primary = mode === 'approve';
  return (
    <button
      type="button"
      class={`btn btn-small ${primary ? 'btn-primary' : 'btn-secondary'}`}
      aria-expanded={current === mode ? 'true' : 'false'}
      aria-controls={controls}
      onClick={onClick}
    >
      {LABELS[mode]}
    </button>
  );
}
