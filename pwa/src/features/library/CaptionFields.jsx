// Suggested captions: one per network, and more on request ("Add another
// caption"), which advocates can pick from when they share. LinkedIn and X
// are open; the other networks sit behind a disclosure.
import { NETWORKS } from '../../lib/networks.js';

export function CaptionFields({ captions, variants, onChange, fields }) {
  const setCaption = (network, text) => onChange({ captions: { ...captions, [network]: text }, variants });
  const setVariants = (network, list) => onChange({ captions, variants: { ...variants, [network]: list } });
  const block = (network) => (
    <NetworkCaptions
      key={network.id}
      network={network}
      caption={captions[network.id] || ''}
      variants={variants[network.id] || []}
      onCaption={(text) => setCaption(network.id, text)}
      onVariants={(list) => setVariants(network.id, list)}
      fields={fields}
    />
  );
  const opened = NETWORKS.slice(2).some((n) => captions[n.id] || (variants[n.id] || []).length);
  return (
    <fieldset class="fieldset">
      <legend>Suggested captions</legend>
      <p class="field-hint">Advocates can edit these before sharing. Empty networks fall back to the summary.</p>
      {(fields.captions || fields.caption_variants) && (
        <p class="field-error">{fields.captions || fields.caption_variants}</p>
      )}
      {NETWORKS.slice(0, 2).map(block)}
      <details class="more-captions" open={opened}>
        <summary>Facebook, WhatsApp and Email captions</summary>
        {NETWORKS.slice(2).map(block)}
      </details>
    </fieldset>
  );
}

function NetworkCaptions({ network, caption, variants, onCaption, onVariants, fields }) {
  const base = `field-captions-${network.id}`;
  const replace = (index, text) => onVariants(variants.map((v, i) => (i === index ? text : v)));
  const add = () => {
    onVariants([...variants, '']);
    // Focus the new box once it exists.
    setTimeout(() => document.getElementById(`${base}-${variants.length + 1}`)?.focus(), 0);
  };
  return (
    <div class="network-captions">
      <CaptionBox id={base} label={network.label} value={caption} onInput={onCaption} error={fields[`captions.${network.id}`]} />
      {variants.map((text, index) => (
        <div class="caption-variant" key={index}>
          <CaptionBox
            id={`${base}-${index + 1}`}
            label={`${network.label}, caption ${index + 2}`}
            value={text}
            onInput={(value) => replace(index, value)}
            error={fields[`caption_variants.${network.id}.${index}`]}
          />
          <button
            type="button"
            class="btn btn-secondary btn-small"
            onClick={() => onVariants(variants.filter((_, i) => i !== index))}
          >
            Remove<span class="sr-only"> {network.label} caption {index + 2}</span>
          </button>
        </div>
      ))}
      <button type="button" class="link-btn add-caption" onClick={add}>
        Add another caption<span class="sr-only"> for {network.label}</span>
      </button>
    </div>
  );
}

function CaptionBox({ id, label, value, onInput, error }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
