// Move focus to an element that the current state change is about to
// render (a new list item after a submit): Preact renders on a microtask,
// so a macrotask later the element exists.
export function focusSoon(id) {
  setTimeout(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
  }, 0);
}
