// The company logo: uploaded at once when chosen (the server checks, re-encodes
// and resizes it), shown beside the field, and removable to go back to
// Amplify's icon. The saved address is set with the rest of Branding.
import { useRef, useState } from 'preact/hooks';
import { uploadImage } from '../../api/organisation.js';
import { logoOf } from '../../lib/branding.js';

export function LogoField({ value, onChange, error }) {
  const picker = useRef(null);
  const [upload, setUpload] = useState({ busy: false, error: null });
  const shown = upload.error || error;
  const choose = async (event) => {
    const file = event.currentTarget.files[0];
    event.currentTarget.value = ''; // the same file can be chosen again after a failure
    if (!file) return;
    setUpload({ busy: true, error: null });
    try {
      const image = await uploadImage(file);
      onChange(image.url);
      setUpload({ busy: false, error: null });
    } catch (err) {
      setUpload({ busy: false, error: uploadMessage(err) });
    }
  };
  return (
    <div class={`field org-logo${shown ? ' has-error' : ''}`}>
      <h3 class="org-logo-label">Logo</h3>
      <div class="org-logo-row">
        <img
          class="org-logo-image"
          src={logoOf({ logo_url: value })}
          width="64"
          height="64"
          alt={value ? 'Your logo' : "Amplify's icon"}
        />
        <div class="org-logo-actions">
          <button
            type="button"
            class="btn btn-secondary btn-small"
            id="field-logo_url"
            aria-describedby={`field-logo-hint${shown ? ' field-logo-error' : ''}`}
            aria-busy={upload.busy ? 'true' : undefined}
            disabled={upload.busy}
            onClick={() => picker.current.click()}
          >
            {upload.busy ? 'Uploading…' : value ? 'Replace logo' : 'Upload a logo'}
          </button>
          <input
            ref={picker}
            hidden
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            data-testid="logo-file"
            onChange={choose}
          />
          {value && (
            <button type="button" class="btn btn-secondary btn-small" onClick={() => onChange('')}>
              Remove logo
            </button>
          )}
        </div>
      </div>
      <p class="field-hint" id="field-logo-hint">
        PNG, JPEG or WebP, at least 192 pixels wide; square looks best. Saved with the branding.
      </p>
      {shown && (
        <p class="field-error" id="field-logo-error" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}

function uploadMessage(err) {
  const fields = err && err.fields;
  const named = fields && fields.image;
  return (Array.isArray(named) ? named.join(' ') : named) || (err && err.message) || "The logo couldn't be uploaded.";
}
