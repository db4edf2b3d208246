// A modal dialog for the Teams screen (New team, Merge into…): a bottom sheet
// on phones, a centred panel on wide screens. Focus stays inside until it is
// closed (Escape closes it) and returns to whatever opened it; it starts on
// the first field.
import { useEffect, useRef } from 'preact/hooks';
import { useFocusTrap } from '../../lib/focusTrap.js';
import { useInertOutside } from '../../lib/inertOutside.js';
import { Icon } from '../../components/Icon.jsx';

export function Dialog({ id, title, description, onClose, children }) {
  const layer = useRef(null);
  const dialog = useRef(null);
  useFocusTrap(dialog, onClose);
  useInertOutside(layer);
  useEffect(() => {
    const first = dialog.current.querySelector('input, select, textarea');
    if (first) first.focus(); // start where the typing starts
  }, []);
  return (
    <div class="sheet-layer" ref={layer}>
      <div class="sheet-backdrop" onClick={onClose} />
      <div
        class="sheet teams-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-text` : undefined}
        tabIndex={-1}
        ref={dialog}
      >
        <div class="sheet-header">
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" class="icon-btn" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        </div>
        {description && <p id={`${id}-text`}>{description}</p>}
        {children}
      </div>
    </div>
  );
}
