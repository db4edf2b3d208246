// Leaders: how content landed. Per rated item, how many found it useful and
// how many said not for me, most rated first; a bar shows the useful share
// at a glance (the numbers beside it say the same for screen readers).
import { fetchRatingTally } from '../../api/ratings.js';
import { useResource } from '../../lib/useResource.js';
import { usefulShare } from '../../lib/usefulShare.js';
import { ErrorState } from '../../components/StatusViews.jsx';

export function RatingTally() {
  const tally = useResource(fetchRatingTally, 'tally');
  return (
    <>
      <h2 class="section-title" id="landed-title">
        How content landed
      </h2>
      <TallyBody tally={tally} />
    </>
  );
}

function TallyBody({ tally }) {
  if (tally.status === 'loading') {
    return (
      <p class="loading-line" aria-busy="true">
        Loading ratings…
      </p>
    );
  }
  if (tally.status === 'error') return <ErrorState error={tally.error} onRetry={tally.reload} />;
  if (!tally.data.length) return <p class="muted-note">Nobody has rated content yet.</p>;
  return (
    <table class="landed-table card" aria-labelledby="landed-title" data-testid="ratings-table">
      <thead>
        <tr>
          <th scope="col">Content</th>
          <th scope="col">Useful</th>
          <th scope="col">Not for me</th>
        </tr>
      </thead>
      <tbody>
        {tally.data.map((row) => (
          <tr key={row.content_id} data-content-id={row.content_id}>
            <th scope="row">
              {row.title}
              <span class="landed-bar" aria-hidden="true">
                <span style={{ width: `${usefulShare(row) ?? 0}%` }} />
              </span>
            </th>
            <td>{row.useful}</td>
            <td>{row.not_for_me}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
