// Visual toasts. Not a live region itself: showToast() already sends the text
// to LiveRegion, and announcing twice would be noisy.
import { useStore } from '../lib/store.js';
import { toasts, dismissToast } from '../state/toasts.js';
import { Icon } from './Icon.jsx';

export function Toasts() {
  const list = useStore(toasts);
  return (
    <div class="toasts">
      {list.map((toast) => (
        <Toast key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function Toast({ toast }) {
  const runAction = () => {
    dismissToast(toast.id);
    toast.action.run();
  };
  return (
    <div class={`toast toast-${toast.tone}`} data-testid="toast">
      {toast.tone === 'celebrate' && <Icon name="medal" size={22} class="toast-icon" />}
      <div class="toast-text">
        <p class="toast-title">{toast.title}</p>
        {toast.detail && <p class="toast-detail">{toast.detail}</p>}
      </div>
      {toast.action && (
        <button type="button" class="btn btn-small btn-on-toast" onClick={runAction}>
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        class="icon-btn toast-close"
        aria-label="Dismiss"
        onClick={() => dismissToast(toast.id)}
      >
        <Icon name="close" size={18} />
      </button>
    </div>
  );
}
