// The card's image: upload a JPEG, PNG or WebP (the server checks it,
// strips its metadata and makes the card sizes), or give an image's address.
// The chosen image shows as it will on the card.
import { useState } from 'preact/hooks';
import { FormField } from '../../components/FormField.jsx';
import { uploadImage } from '../../api/content.js';

const ACCEPTED = 'image/jpeg,image/png,image/webp';

export function ImageField({ value, onChange, error }) {
  const [state, setState] = useState({ busy: false, error: null });
  const upload = async (event) => {
    const input = event.currentTarget;
    const file = input.files && input.files[0];
    if (!file) return;
    setState({ busy: true, error: null });
    try {
      const image = await uploadImage(file);
      onChange(image.url);
      setState({ busy: false, error: null });
    } catch (err) {
      const message = err.fields && err.fields.image ? [].concat(err.fields.image).join(' ') : err.message;
      setState({ busy: false, error: message });
    } finally {
      input.value = ''; // choosing the same file again uploads it again
    }
  };
  const problem = state.error || error;
  return (
    <fieldset class={`fieldset image-field${problem ? ' has-error' : ''}`}>
      <legend>
        Image <span class="optional">(optional)</span>
      </legend>
      {value && (
        <div class="image-field-preview">
          <img src={value} alt="The card's image" data-testid="image-preview" />
          <button type="button" class="btn btn-secondary btn-small" onClick={() => onChange('')}>
            Remove image
          </button>
        </div>
      )}
      <div class="field">
        <label for="field-image-file">Upload an image</label>
        <p class="field-hint" id="field-image-file-hint">
          JPEG, PNG or WebP. It is resized for the card and its hidden details (location, camera) removed.
        </p>
        <input
          id="field-image-file"
          type="file"
          name="image"
          accept={ACCEPTED}
          class="file-input"
          aria-describedby={`field-image-file-hint${problem ? ' field-image-file-error' : ''}`}
          aria-invalid={problem ? 'true' : undefined}
          disabled={state.busy}
          onChange={upload}
        />
        {state.busy && <p class="field-hint">Uploading…</p>}
        {problem && (
          <p class="field-error" id="field-image-file-error">
            {problem}
          </p>
        )}
      </div>
      <FormField
        label="Or the image's address"
        name="image_url"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </fieldset>
  );
}
