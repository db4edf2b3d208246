// People (managers: their team; admins: everyone), in three parts with their
// own addresses: the people themselves (#/people: search, filters, a detail
// panel to change someone), invitations (#/people/invitations) and, for
// admins, a CSV import (#/people/import). Loaded on demand with its stylesheet.
import './people.css';
import { useRouteId } from '../../lib/router.js';
import { PeopleTabs } from './PeopleTabs.jsx';
import { PeopleDirectory } from './PeopleDirectory.jsx';
import { Invitations } from './Invitations.jsx';
import { PeopleImport } from './PeopleImport.jsx';

export default function People({ me }) {
  const admin = me.role === 'admin';
  const id = useRouteId();
  const part = id === 'invitations' || id === 'import' ? id : 'people';
  return (
    <section class="screen people" aria-labelledby="people-title">
      <div class="screen-header">
        <div>
          <h1 id="people-title">People</h1>
          <p class="screen-subtitle">
            {admin ? 'Everyone in Amplify.' : `Your team${me.team ? `, ${me.team.name}` : ''}.`} Find someone to
            change their role or team, invite people, and deactivate accounts that should no longer get in.
          </p>
        </div>
      </div>
      <PeopleTabs part={part} />
      {part === 'people' && <PeopleDirectory me={me} />}
      {part === 'invitations' && <Invitations me={me} />}
      {part === 'import' && <PeopleImport me={me} />}
    </section>
  );
}
