// Short-lived messages at the bottom of the screen. Every toast is also sent
// to the live region so screen-reader users get the same feedback.
import { createStore } from '../lib/store.js';
import { announce } from './announcer.js';

export const toasts = createStore([]);
let nextId = 1;

/**
 * @param {{title: string, detail?: string, tone?: 'success'|'error'|'info'|'celebrate',
 *          action?: {label: string, run: () => void}, timeout?: number}} toast
 */
export function showToast({ title, detail, tone = 'info', action, timeout }) {
  const id = nextId++;
  toasts.set((list) => [...list.slice(-2), { id, title, detail, tone, action }]);
  announce(detail ? `${title}. ${detail}` : title);
  const ms = timeout ?? (action ? 12000 : tone === 'error' ? 7000 : 4500);
  if (ms > 0) setTimeout(() => dismissToast(id), ms);
  return id;
}

export function dismissToast(id) {
  toasts.set((list) => list.filter((toast) => toast.id !== id));
}
