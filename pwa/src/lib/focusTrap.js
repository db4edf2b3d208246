// Keeps keyboard focus inside an open dialog, closes it on Escape, and puts
// focus back on whatever opened it. The rest of the app is also made inert
// by App.jsx; this covers Tab wrapping and the Escape key. Pass `opener` when
// the page behind is made inert before this runs (focus is lost by then).
import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE =
  'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function useFocusTrap(containerRef, onEscape, opener = document.activeElement) {
  const escapeRef = useRef(onEscape);
  escapeRef.current = onEscape;

  useEffect(() => {
    const container = containerRef.current;
    container.focus();

    const onKeyDown = (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        escapeRef.current();
      } else if (event.key === 'Tab') {
        wrapTab(event, container);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      // Wait a frame: the opener is inert until App re-renders without it.
      setTimeout(() => opener && opener.isConnected && opener.focus && opener.focus(), 0);
    };
  }, []);
}

function wrapTab(event, container) {
  const items = [...container.querySelectorAll(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  if (!items.length) {
    event.preventDefault();
    return;
  }
  const first = items[0];
  const last = items[items.length - 1];
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === container || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
