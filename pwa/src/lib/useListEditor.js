// Editing one list of the draft (badges, levels…) in place: patch, add and
// remove, with focus handled for keyboard users. After "Add …" focus moves
// to the new item's first field; after removing, to the list's add button
// (the removed item's own buttons are gone), and the change is announced.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { withAdded, withItem, withoutItem } from './ruleDraft.js';
import { announce } from '../state/announcer.js';

export function useListEditor(setDraft, key, length) {
  const listRef = useRef(null);
  const addRef = useRef(null);
  const pending = useRef(null); // 'added' | 'removed', until the list re-renders
  // Layout effect: focus moves before the next keystroke can land elsewhere.
  useLayoutEffect(() => {
    const done = pending.current;
    pending.current = null;
    if (done === 'removed' && addRef.current) addRef.current.focus();
    if (done !== 'added' || !listRef.current) return;
    const last = listRef.current.lastElementChild;
    const field = last && last.querySelector('input, select, textarea');
    if (field) field.focus();
  }, [length]);

  const edit = (index, patch) => setDraft((d) => withItem(d, key, index, patch));
  const add = (item) => {
    pending.current = 'added';
    setDraft((d) => withAdded(d, key, item));
  };
  const remove = (index, what) => {
    pending.current = 'removed';
    setDraft((d) => withoutItem(d, key, index));
    announce(`Removed ${what}. Not published yet.`);
  };
  return { listRef, addRef, edit, add, remove };
}
