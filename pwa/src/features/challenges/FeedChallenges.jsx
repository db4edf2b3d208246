// The slot on the feed for the advocate's team challenges. It stays this
// small because the feed is in the initial download: the cards' code
// (TeamChallenges.jsx) is fetched after the feed is on screen, and only for
// someone in a team.
import { useEffect, useState } from 'preact/hooks';

export function FeedChallenges({ me }) {
  const [Cards, setCards] = useState(null);
  const teamId = me && me.team ? me.team.id : null;
  useEffect(() => {
    if (!teamId) return undefined;
    let active = true;
    import('./TeamChallenges.jsx').then(
      (module) => active && setCards(() => module.TeamChallenges),
      () => {}, // offline and never loaded: the feed goes on without the cards
    );
    return () => {
      active = false;
    };
  }, [teamId]);
  return Cards && teamId ? <Cards me={me} /> : null;
}
