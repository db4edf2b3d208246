// "My rewards": each redemption with its timeline (requested, approved,
// sent, received, or where it stopped) and what the advocate can do next:
// cancel while it waits for approval, say it arrived once it is sent.
import { useState } from 'preact/hooks';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { showToast } from '../../state/toasts.js';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { cancelRedemption, markReceived } from './rewardsApi.js';
import { nextStep, pointsWords, timeline } from './rewardWords.js';

export function MyRewards({ mine, onChanged }) {
  if (mine.status === 'loading')
    return (
      <p class="loading-line" aria-busy="true">
        Loading your rewards…
      </p>
    );
  if (mine.status === 'error') return <ErrorState error={mine.error} onRetry={mine.reload} />;
  const items = mine.data.items;
  if (!items.length) {
    return (
      <EmptyState icon="gift" title="Nothing redeemed yet">
        What you redeem shows here, with where it has got to.
      </EmptyState>
    );
  }
  return (
    <ul class="redemption-list">
      {items.map((redemption) => (
        <Redemption key={redemption.id} redemption={redemption} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function Redemption({ redemption, onChanged }) {
  const steps = timeline(redemption);
  return (
    <li class="card redemption" data-redemption-id={redemption.id} data-status={redemption.status}>
      <div class="redemption-head">
        <h3 class="redemption-title">{redemption.reward.title}</h3>
        <p class="redemption-meta">
          {pointsWords(redemption.cost)} · requested{' '}
          <time dateTime={redemption.requested_at} title={fullDate(redemption.requested_at)}>
            {relativeTime(redemption.requested_at)}
          </time>
        </p>
      </div>
      <ol class="redemption-timeline" aria-label="Progress">
        {steps.map((step) => (
          <li key={step.status} class={`redemption-step is-${step.state}`}>
            <span class="redemption-dot" aria-hidden="true" />
            {step.label}
            {step.state === 'current' && <span class="sr-only"> (now)</span>}
            {step.state === 'todo' && <span class="sr-only"> (to come)</span>}
          </li>
        ))}
      </ol>
      <p class="redemption-next">{nextStep(redemption)}</p>
      {redemption.note && <p class="redemption-note">Your note: {redemption.note}</p>}
      <RedemptionActions redemption={redemption} onChanged={onChanged} />
    </li>
  );
}

function RedemptionActions({ redemption, onChanged }) {
  const [busy, setBusy] = useState(false);
  const act = async (call, title) => {
    setBusy(true);
    try {
      const changed = await call(redemption.id);
      showToast({ tone: 'success', title, detail: nextStep(changed || redemption) });
      onChanged();
    } catch (err) {
      showToast({ tone: 'error', title: "That didn't work", detail: err.message });
    } finally {
      setBusy(false);
    }
  };
  const title = redemption.reward.title;
  if (redemption.status === 'requested') {
    return (
      <button
        type="button"
        class="btn btn-secondary"
        disabled={busy}
        onClick={() => act(cancelRedemption, `Cancelled ${title}`)}
      >
        Cancel request
      </button>
    );
  }
  if (redemption.status === 'sent' && !redemption.reward.charity) {
    return (
      <button
        type="button"
        class="btn btn-primary"
        disabled={busy}
        onClick={() => act(markReceived, `Received ${title}`)}
      >
        I received it
      </button>
    );
  }
  return null;
}
