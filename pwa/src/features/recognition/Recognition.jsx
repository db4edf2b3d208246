// Recognition: leaders' kudos for everyone to read, newest first; managers
// and admins also give kudos here. Loaded on demand (see App.jsx) with its
// own stylesheet. A kudos pushed to this advocate, or a reconnect, refreshes
// the feed while it is open.
import './recognition.css';
import { useEffect } from 'preact/hooks';
import { fetchKudos } from '../../api/kudos.js';
import { onKudosReceived, onReconnect } from '../../realtime/socket.js';
import { useResource } from '../../lib/useResource.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { KudosForm } from './KudosForm.jsx';
import { KudosFeed } from './KudosFeed.jsx';

export default function Recognition({ me }) {
  const kudos = useResource(fetchKudos, 'kudos');
  useEffect(() => {
    const stopKudos = onKudosReceived(kudos.reload);
    const stopReconnect = onReconnect(kudos.reload);
    return () => {
      stopKudos();
      stopReconnect();
    };
  }, []);
  const leader = me.role === 'manager' || me.role === 'admin';
  // The new kudos goes on top straight away and takes focus, so everyone
  // (screen-reader users included) lands on what they just did.
  const given = (item) => {
    kudos.replace([item, ...(kudos.data || []).filter((k) => k.id !== item.id)]);
    focusSoon(`kudos-${item.id}`);
  };

  return (
    <section class="screen recognition" aria-labelledby="recognition-title">
      <div class="screen-header">
        <div>
          <h1 id="recognition-title">Recognition</h1>
          <p class="screen-subtitle">Kudos from managers to the people who made a difference.</p>
        </div>
      </div>
      {leader && <KudosForm onGiven={given} />}
      <h2 class="section-title" id="kudos-feed-title">
        Recent kudos
      </h2>
      <KudosFeed resource={kudos} me={me} />
    </section>
  );
}
