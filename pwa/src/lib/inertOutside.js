// While a dialog inside a screen is open, everything else in the app shell
// (top bar, tab bar, the rest of the screen) is inert: not clickable, not
// focusable, not read out. The toasts and the live region sit outside the
// shell (App.jsx), so news still gets through.
import { useEffect } from 'preact/hooks';

export function useInertOutside(ref, stopAt = '.shell') {
  useEffect(() => {
    const made = [];
    let node = ref.current;
    while (node && node.parentElement && !node.matches(stopAt)) {
      for (const sibling of node.parentElement.children) {
        if (sibling !== node && !sibling.inert) {
          sibling.inert = true;
          made.push(sibling);
        }
      }
      node = node.parentElement;
    }
    document.body.classList.add('sheet-open'); // no scrolling behind; toasts above the layer
    return () => {
      made.forEach((element) => (element.inert = false));
      document.body.classList.remove('sheet-open');
    };
  }, []);
}
