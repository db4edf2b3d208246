// #/feed/42 (a notification's link): once the feed has content 42, scroll its
// card into view, highlight it for a moment and move focus to its heading, so
// keyboard and screen-reader users land on it too. Returns true when the feed
// has loaded and the content isn't in it (expired, or not for this team).
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentRouteId } from './router.js';

const HIGHLIGHT_MS = 2500;

export function useRevealContent(feedState) {
  // A fresh object on every hashchange, so the same link tapped twice
  // (lib/workerMessages.js) reveals the card again.
  const [target, setTarget] = useState(() => ({ id: currentRouteId() }));
  const revealed = useRef(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const update = () => setTarget({ id: currentRouteId() });
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  useEffect(() => {
    if (!target.id || revealed.current === target) {
      setMissing(false);
      return;
    }
    const card = findCard(target.id);
    if (card) {
      revealed.current = target;
      setMissing(false);
      reveal(card);
    } else {
      // Wait for the network's answer before saying it isn't there: a cached
      // feed shown while refreshing may simply be older than the content.
      setMissing(feedState.status === 'ready' || feedState.status === 'error');
    }
  }, [target, feedState.status, feedState.items]);

  return missing;
}

function findCard(id) {
  return [...document.querySelectorAll('article[data-content-id]')].find((el) => el.dataset.contentId === id);
}

function reveal(card) {
  const reduceMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The document's own scroll, clear of the sticky top bar (the card's
  // scroll-margin-top). scrollIntoView on a phone also shifted the visual
  // viewport, leaving a strip of background above the top bar.
  const margin = parseFloat(getComputedStyle(card).scrollMarginTop) || 0;
  const top = card.getBoundingClientRect().top + window.scrollY - margin;
  window.scrollTo({ top, behavior: reduceMotion ? 'auto' : 'smooth' });
  const heading = card.querySelector('.card-title');
  // The scroll above already placed the card; focus must not jump it again.
  if (heading) heading.focus({ preventScroll: true });
  card.classList.add('is-highlighted');
  setTimeout(() => card.classList.remove('is-highlighted'), HIGHLIGHT_MS);
}
