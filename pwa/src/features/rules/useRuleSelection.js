// Which item the Rules screen shows (a point rule by position, or a part of
// the programme: badges, levels…), and bringing it into view: on a phone
// the editor is below the list, so choosing scrolls there and moves focus
// to its heading; from 1024 px it is beside the list and focus stays put.
// A refused preview or publish shows the first item the server named.
import { useEffect, useRef, useState } from 'preact/hooks';
import { firstTarget } from '../../lib/ruleProblems.js';

export function useRuleSelection(wide, problems) {
  const [selected, setSelected] = useState({ list: 'rules', index: 0 });
  const navRef = useRef(null);
  const detailRef = useRef(null);
  const reveal = (how) => requestAnimationFrame(() => how(detailRef.current));

  useEffect(() => {
    const target = problems && problems.error && firstTarget(problems.error.rawFields, problems.sent);
    if (!target) return;
    setSelected(sectionTarget(target));
    reveal(revealProblem);
  }, [problems]);

  return {
    selected,
    setSelected,
    navRef,
    detailRef,
    show: (target) => {
      setSelected(target);
      if (!wide) reveal(revealDetail);
    },
    showProblem: (target) => {
      setSelected(sectionTarget(target));
      reveal(revealDetail);
    },
    backToList: () => backToList(navRef.current),
  };
}

// Overall caps and the streak live in the Limits part.
const sectionTarget = (target) =>
  target.list === 'overall_caps' || target.list === 'streak' ? { list: 'limits', index: 0 } : target;

// Bring the chosen item's editor into view and focus its heading, so
// keyboard and screen-reader users land on what they chose.
function revealDetail(node) {
  if (!node) return;
  const heading = node.querySelector('h2[tabindex]');
  if (heading) heading.focus({ preventScroll: true });
  const box = node.getBoundingClientRect();
  if (box.top < 0 || box.top > window.innerHeight * 0.6) node.scrollIntoView({ block: 'start' });
}

// The first field the server refused, mid-screen (the action bar covers the
// bottom); the item's top if no field shows it.
function revealProblem(node) {
  if (!node) return;
  const field = node.querySelector('.has-error, .card-problems');
  (field || node).scrollIntoView({ block: field ? 'center' : 'start' });
}

// On a phone the list is above the editor: back to it, on the chosen item.
function backToList(node) {
  if (!node) return;
  const current = node.querySelector('[aria-current=true]') || node.querySelector('button');
  if (!current) return node.scrollIntoView({ block: 'start' });
  current.focus({ preventScroll: true });
  current.scrollIntoView({ block: 'center' });
}
