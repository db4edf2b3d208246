// The publishing form, for new content (#/new, #/library/new) and for edits
// (#/library/<id>). It keeps a draft of its own (lib/contentDraft.js) so the
// link preview can fill fields and "Preview as an advocate" shows the card
// from the values on screen. Server errors appear under their fields.
import { useState } from 'preact/hooks';
import { createContent, updateContent } from '../../api/content.js';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';
import { TeamPicker } from '../feed/TeamPicker.jsx';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalShowing } from '../../lib/formFailure.js';
import { draftFromItem, emptyDraft, payloadFromDraft, withPreview } from '../../lib/contentDraft.js';
import { draftProblems, SHOWN_FIELDS } from '../../lib/contentChecks.js';
import { LinkField } from './LinkField.jsx';
import { ImageField } from './ImageField.jsx';
import { CaptionFields } from './CaptionFields.jsx';
import { WhenFields } from './WhenFields.jsx';
import { TagsInput } from './TagsInput.jsx';
import { AdvocatePreview } from './AdvocatePreview.jsx';

const SUBMIT_LABELS = { now: 'Publish', schedule: 'Schedule', draft: 'Save draft' };

export function ContentForm({ original = null, onSaved, onCancel }) {
  const [draft, setDraft] = useState(() => (original ? draftFromItem(original) : emptyDraft()));
  const [previewing, setPreviewing] = useState(false);
  const change = (changes) => setDraft((d) => ({ ...d, ...changes }));
  const { form, failure, busy, submit } = useFormSubmit({
    check: () => draftProblems(draft),
    send: async () => {
      const payload = payloadFromDraft(draft, original);
      onSaved(original ? await updateContent(original.id, payload) : await createContent(payload));
    },
    refusal: refusalShowing(SHOWN_FIELDS),
  });
  const fields = failure ? failure.fields : {};
  return (
    <form class="content-form" ref={form} onSubmit={submit} noValidate>
      <div class="content-form-layout">
        <div class="content-form-main card form-card">
          <WhatFields draft={draft} change={change} setDraft={setDraft} fields={fields} />
        </div>
        <div class="content-form-side">
          <div class="card form-card">
            <WhoAndWhen draft={draft} change={change} fields={fields} original={original} />
            <FormFailure failure={failure} />
            <Unplaced fields={fields} />
            <div class="content-form-actions">
              <button type="button" class="btn btn-secondary" onClick={() => setPreviewing(true)}>
                Preview as an advocate
              </button>
              {onCancel && (
                <button type="button" class="btn btn-secondary" onClick={onCancel}>
                  Cancel
                </button>
              )}
              <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy ? 'true' : undefined}>
                {original ? 'Save changes' : SUBMIT_LABELS[draft.when]}
              </button>
            </div>
          </div>
        </div>
      </div>
      {previewing && <AdvocatePreview draft={draft} original={original} onClose={() => setPreviewing(false)} />}
    </form>
  );
}

// What the card says: link (which can fill the rest), title, summary, image, captions, tags.
function WhatFields({ draft, change, setDraft, fields }) {
  return (
    <>
      <LinkField
        value={draft.url}
        onInput={(url) => change({ url })}
        onPreview={(preview) => setDraft((d) => withPreview(d, preview))}
        error={fields.url}
      />
      <FormField
        label="Title"
        name="title"
        required
        maxLength={200}
        value={draft.title}
        onInput={(e) => change({ title: e.currentTarget.value })}
        error={fields.title}
      />
      <FormField
        label="Summary"
        name="summary"
        multiline
        rows={4}
        value={draft.summary}
        onInput={(e) => change({ summary: e.currentTarget.value })}
        error={fields.summary}
        hint="Formatting pasted as HTML from your CMS (bold, italics, links, lists) is kept; anything else is removed."
      />
      <ImageField value={draft.image_url} onChange={(image_url) => change({ image_url })} error={fields.image_url} />
      <CaptionFields
        captions={draft.captions}
        variants={draft.caption_variants}
        onChange={({ captions, variants }) => change({ captions, caption_variants: variants })}
        fields={fields}
      />
      <TagsInput tags={draft.tags} onChange={(tags) => change({ tags })} error={joined(fields, 'tags')} />
    </>
  );
}

// Who sees it and when.
function WhoAndWhen({ draft, change, fields, original }) {
  return (
    <>
      <TeamPicker
        everyone={draft.everyone}
        teamIds={draft.target_team_ids}
        onChange={({ everyone, teamIds }) => change({ everyone, target_team_ids: teamIds })}
        error={joined(fields, 'target_team_ids')}
      />
      <WhenFields
        when={draft.when}
        publishAt={draft.publish_at}
        expiresAt={draft.expires_at}
        onChange={change}
        fields={{ ...fields, publish_at: fields.publish_at || fields.status }}
        original={original}
      />
    </>
  );
}

// Messages about fields this form doesn't show still need to be seen.
function Unplaced({ fields }) {
  const others = Object.entries(fields).filter(([name]) => !SHOWN_FIELDS.some((f) => name === f || name.startsWith(`${f}.`)));
  if (!others.length) return null;
  return (
    <div class="form-error" role="alert">
      {others.map(([name, message]) => (
        <p key={name}>{message}</p>
      ))}
    </div>
  );
}

// "tags.0" and "tags" both belong to the Tags field: one message under it.
function joined(fields, name) {
  const messages = Object.entries(fields)
    .filter(([key]) => key === name || key.startsWith(`${name}.`))
    .map(([, message]) => message);
  return [...new Set(messages)].join(' ') || undefined;
}
