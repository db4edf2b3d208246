// The desktop console's navigation: every section the role may use, in named
// groups, with the current one marked. Below 1024 px it is not displayed and
// the tab bar takes over (layout.css); both are named "Main", as only one shows.
import { Icon } from './Icon.jsx';
import { sectionsFor } from '../lib/sections.js';

export function SideNav({ role, current }) {
  return (
    <nav class="sidenav" aria-label="Main">
      {sectionsFor(role).map((group) => (
        <div class="sidenav-group" key={group.label}>
          {/* Not a heading: the screen's h1 should be the page's first. */}
          <p class="sidenav-heading" id={headingId(group)}>
            {group.label}
          </p>
          <ul class="sidenav-list" aria-labelledby={headingId(group)}>
            {group.sections.map((section) => (
              <li key={section.path}>
                <a
                  class="sidenav-link"
                  href={`#/${section.path}`}
                  aria-current={current === section ? 'page' : undefined}
                >
                  <Icon name={section.icon} size={20} />
                  <span>{section.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

const headingId = (group) => `sidenav-${group.label.toLowerCase()}`;
