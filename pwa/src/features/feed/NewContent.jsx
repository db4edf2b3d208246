// Publishing form for managers and admins. Loaded on demand (see App.jsx),
// so advocates never download it.
import { useState } from 'preact/hooks';
import { createContent } from '../../api/content.js';
import { navigate } from '../../lib/router.js';
import { clearFeed } from '../../state/feed.js';
import { showToast } from '../../state/toasts.js';
import { FormField } from '../../components/FormField.jsx';
import { TeamPicker } from './TeamPicker.jsx';
import { buildContentPayload } from '../../lib/contentPayload.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalWithMessage } from '../../lib/formFailure.js';

export default function NewContent() {
  const [publishNow, setPublishNow] = useState(true);
  const { form, failure, busy, submit } = useFormSubmit({
    send: async (data) => {
      const created = await createContent(buildContentPayload(data));
      showToast({ tone: 'success', title: 'Published', detail: created.title });
      clearFeed();
      navigate('feed');
    },
    refusal: refusalWithMessage,
  });

  const fields = failure ? failure.fields : {};
  // Messages for fields this form doesn't show still need to be visible.
  const shown = new Set([
    'title',
    'url',
    'summary',
    'image_url',
    'captions',
    'target_team_ids',
    'publish_at',
    'expires_at',
  ]);
  const others = Object.entries(fields).filter(([name]) => !shown.has(name) && !name.startsWith('captions.'));

  return (
    <section class="screen" aria-labelledby="new-title">
      <div class="screen-header">
        <div>
          <h1 id="new-title">New content</h1>
          <p class="screen-subtitle">Publish something for advocates to share.</p>
        </div>
      </div>
      <form class="form card form-card" ref={form} onSubmit={submit} noValidate>
        <FormField label="Title" name="title" required maxLength={200} error={fields.title} />
        <FormField
          label="Link to share"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://"
          required
          error={fields.url}
        />
        <FormField
          label="Summary"
          name="summary"
          multiline
          rows={3}
          required
          error={fields.summary}
          hint="Formatting pasted as HTML from your CMS (bold, italics, links, lists) is kept; anything else is removed."
        />
        <FormField
          label="Image URL"
          name="image_url"
          type="url"
          inputMode="url"
          placeholder="https://"
          optional
          error={fields.image_url}
        />
        <CaptionFields fields={fields} />
        <TeamPicker error={fields.target_team_ids} />
        <ScheduleFields fields={fields} publishNow={publishNow} onPublishNow={setPublishNow} />
        {failure && (
          <div class="form-error" role="alert" tabIndex={-1}>
            <p>{failure.message}</p>
            {others.map(([name, message]) => (
              <p key={name}>{`${name}: ${message}`}</p>
            ))}
          </div>
        )}
        <button
          type="submit"
          class="btn btn-primary btn-block"
          disabled={busy}
          aria-busy={busy ? 'true' : undefined}
        >
          Publish
        </button>
      </form>
    </section>
  );
}

function CaptionFields({ fields }) {
  const field = (network, label) => (
    <FormField
      label={label}
      name={`captions.${network}`}
      multiline
      rows={2}
      optional
      error={fields[`captions.${network}`]}
    />
  );
  return (
    <fieldset class="fieldset">
      <legend>Suggested captions</legend>
      <p class="field-hint">
        Advocates can edit these before sharing. Empty networks fall back to the summary.
      </p>
      {fields.captions && <p class="field-error">{fields.captions}</p>}
      {field('linkedin', 'LinkedIn')}
      {field('x', 'X')}
      <details class="more-captions">
        <summary>Facebook, WhatsApp and Email captions</summary>
        {field('facebook', 'Facebook')}
        {field('whatsapp', 'WhatsApp')}
        {field('email', 'Email')}
      </details>
    </fieldset>
  );
}

function ScheduleFields({ fields, publishNow, onPublishNow }) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <fieldset class="fieldset">
      <legend>When</legend>
      <label class="check">
        <input
          type="checkbox"
          name="publish_now"
          checked={publishNow}
          onChange={(e) => onPublishNow(e.currentTarget.checked)}
        />
        Publish now
      </label>
      {!publishNow && (
        <FormField
          label="Publish at"
          name="publish_at"
          type="datetime-local"
          required
          error={fields.publish_at}
        />
      )}
      <FormField
        label="Expires at"
        name="expires_at"
        type="datetime-local"
        optional
        hint={`Leave empty to keep it in the feed. Times are in your time zone (${zone}).`}
        error={fields.expires_at}
      />
    </fieldset>
  );
}
