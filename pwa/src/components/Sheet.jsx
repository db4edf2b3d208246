// The shell of every modal in the console: a bottom sheet on phones, a
// centred panel (or, with a `drawer-layer` layer class, a drawer on the
// right) on wide screens. Focus stays inside until it closes (Escape closes
// it) and then returns to whatever opened it; the page behind is inert
// meanwhile. With `focusFirst`, focus starts where the typing starts.
import { useEffect, useRef } from 'preact/hooks';
import { useFocusTrap } from '../lib/focusTrap.js';
import { useInertOutside } from '../lib/inertOutside.js';
import { Icon } from './Icon.jsx';

export function Sheet({
  id,
  title,
  description,
  descriptionClass,
  className = '',
  layerClass = '',
  role = 'dialog',
  closeLabel = 'Close',
  focusFirst = false,
  testId,
  onClose,
  children,
}) {
  const layer = useRef(null);
  const dialog = useRef(null);
  useFocusTrap(dialog, onClose);
  useInertOutside(layer);
  useEffect(() => {
    if (focusFirst) dialog.current.querySelector('input, select, textarea')?.focus();
  }, []);
  return (
    <div class={`sheet-layer ${layerClass}`.trim()} ref={layer}>
      <div class="sheet-backdrop" onClick={onClose} />
      <div
        class={`sheet ${className}`.trim()}
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-text` : undefined}
        tabIndex={-1}
        ref={dialog}
        data-testid={testId}
      >
        <div class="sheet-header">
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" class="icon-btn" aria-label={closeLabel} onClick={onClose}>
            <Icon name="close" />
          </button>
        </div>
        {description && (
          <p id={`${id}-text`} class={descriptionClass}>
            {description}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}
