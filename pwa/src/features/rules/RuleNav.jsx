// The left column of the Rules screen: every point rule (name, points, its
// sentence, and whether it is off, new, edited or refused), "Add rule", and
// the other parts of the programme. Choosing one shows it on the right (on
// a phone, below this list). The list is one Tab stop: arrow keys, Home and
// End move through it, so Tab goes on to the editor beside it.
import { useEffect } from 'preact/hooks';
import { Icon } from '../../components/Icon.jsx';
import { isEnabled } from '../../lib/ruleItems.js';
import { itemStatus } from '../../lib/draftChanges.js';

const SECTIONS = [
  { list: 'badges', label: 'Badges' },
  { list: 'levels', label: 'Levels' },
  { list: 'campaigns', label: 'Campaigns' },
  { list: 'challenges', label: 'Team challenges' },
  { list: 'limits', label: 'Limits' },
];

export function RuleNav({ navRef, draft, original, selected, sentences, problems, changes, onSelect, onAdd }) {
  useEffect(() => keepInView(navRef.current), [selected.list, selected.index, draft.rules.length]);
  return (
    <nav
      class="rules-nav"
      aria-label="Rules, badges and more"
      aria-describedby="rules-nav-keys"
      ref={navRef}
      onKeyDown={moveFocus}
    >
      <p class="sr-only" id="rules-nav-keys">
        Arrow keys move through the list.
      </p>
      <div class="rules-nav-head">
        <h2 class="section-title">
          Point rules <span class="section-meta">{draft.rules.length}</span>
        </h2>
        <button type="button" class="btn btn-primary btn-small" onClick={onAdd}>
          <Icon name="plus" size={18} />
          Add rule
        </button>
      </div>
      <ul class="rules-nav-list">
        {draft.rules.map((rule, index) => (
          <RuleItem
            key={`${index}-${rule.id}`}
            rule={rule}
            index={index}
            status={itemStatus(rule, original.rules)}
            sentence={sentences[rule.id]}
            problem={problems.has(`rules:${rule.id}`)}
            current={selected.list === 'rules' && selected.index === index}
            onSelect={onSelect}
          />
        ))}
      </ul>
      <h2 class="section-title rules-nav-more">Badges, levels and more</h2>
      <ul class="rules-nav-list">
        {SECTIONS.map(({ list, label }) => {
          const count = list === 'limits' ? null : (draft[list] || []).length;
          const problem = [...problems].some((key) => key.startsWith(list === 'limits' ? 'overall_caps' : list));
          return (
            <li key={list}>
              <button
                type="button"
                class="rules-nav-item"
                aria-current={selected.list === list ? 'true' : undefined}
                tabIndex={selected.list === list ? 0 : -1}
                onClick={() => onSelect({ list, index: 0 })}
              >
                <span class="rules-nav-name">{label}</span>
                {count !== null && <span class="rules-nav-points">{count}</span>}
                <Marks edited={changes[list] > 0} problem={problem} />
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function RuleItem({ rule, index, status, sentence, problem, current, onSelect }) {
  const sentenceId = `rule-nav-${index}-sentence`;
  return (
    <li class={isEnabled(rule) ? '' : 'is-off'}>
      <button
        type="button"
        class="rules-nav-item"
        aria-current={current ? 'true' : undefined}
        tabIndex={current ? 0 : -1}
        aria-describedby={sentence ? sentenceId : undefined}
        onClick={() => onSelect({ list: 'rules', index })}
      >
        <span class="rules-nav-name">{rule.name.trim() || rule.id}</span>
        <span class="rules-nav-points">{rule.points_from ? 'varies' : `${rule.points > 0 ? '+' : ''}${rule.points}`}</span>
        <Marks off={!isEnabled(rule)} status={status} problem={problem} />
        {sentence && (
          <span class="rules-nav-sentence" id={sentenceId} aria-hidden="true">
            {sentence}
          </span>
        )}
      </button>
    </li>
  );
}

function Marks({ off, status, edited, problem }) {
  return (
    <span class="rules-nav-marks">
      {problem && <span class="section-chip is-problem">Problem</span>}
      {off && <span class="rule-off">Off</span>}
      {(status || edited) && <span class="section-chip">{status === 'new' ? 'New' : 'Edited'}</span>}
    </span>
  );
}

// From 1024 px the list scrolls on its own: keep the chosen item (a rule
// just added, at the end) in it, without scrolling the page.
function keepInView(nav) {
  if (!nav) return;
  // The chosen item is the list's one Tab stop (arrow keys may have moved it).
  nav.querySelectorAll('.rules-nav-item').forEach((el) => {
    el.tabIndex = el.getAttribute('aria-current') === 'true' ? 0 : -1;
  });
  if (nav.scrollHeight <= nav.clientHeight) return;
  const item = nav.querySelector('[aria-current=true]');
  if (!item) return;
  const top = item.offsetTop; // the sticky list is its offsetParent
  if (top < nav.scrollTop) nav.scrollTop = top - 8;
  else if (top + item.offsetHeight > nav.scrollTop + nav.clientHeight) {
    nav.scrollTop = top + item.offsetHeight - nav.clientHeight + 8;
  }
}

const STEPS = { ArrowDown: 1, ArrowUp: -1 };

function moveFocus(event) {
  const items = [...event.currentTarget.querySelectorAll('.rules-nav-item')];
  const at = items.indexOf(document.activeElement);
  if (at < 0) return;
  let next = null;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else if (STEPS[event.key]) next = Math.min(items.length - 1, Math.max(0, at + STEPS[event.key]));
  if (next === null) return;
  event.preventDefault();
  items.forEach((item, i) => (item.tabIndex = i === next ? 0 : -1));
  items[next].focus();
}
