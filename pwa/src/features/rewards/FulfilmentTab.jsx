// The admin's "Fulfilment" tab: redemptions filtered by status (open ones
// first), each moved on a step (approve, reject with a reason, mark sent,
// mark received), and the open ones as a CSV for whoever sends them.
import { useState } from 'preact/hooks';
import { API_BASE } from '../../api/client.js';
import { useResource } from '../../lib/useResource.js';
import { showToast } from '../../state/toasts.js';
import { SelectField } from '../../components/SelectField.jsx';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { Icon } from '../../components/Icon.jsx';
import { changeRedemption, fetchRedemptions, REDEMPTIONS_CSV } from './rewardsApi.js';
import { statusLabel } from './rewardWords.js';
import { FILTERS } from './fulfilment.js';
import { FulfilmentTable } from './FulfilmentTable.jsx';
import { RejectDialog } from './RejectDialog.jsx';

export function FulfilmentTab() {
  const [status, setStatus] = useState('open');
  const list = useResource(() => fetchRedemptions(status), status);
  const [rejecting, setRejecting] = useState(null);
  const [busyId, setBusyId] = useState(null);
  const changed = (redemption) => {
    setRejecting(null);
    showToast({
      tone: 'success',
      title: `${statusLabel(redemption.status)}: ${redemption.reward.title}`,
      detail: redemption.person ? `${redemption.person.display_name} has been told.` : 'The advocate has been told.',
    });
    list.reload();
  };
  const act = async (redemption, next) => {
    if (next === 'rejected') return setRejecting(redemption);
    setBusyId(redemption.id);
    try {
      changed(await changeRedemption(redemption.id, next));
    } catch (err) {
      showToast({ tone: 'error', title: "That didn't work", detail: err.message });
      list.reload();
    } finally {
      setBusyId(null);
    }
  };
  return (
    <>
      <div class="reward-toolbar">
        <SelectField label="Show" name="status" options={FILTERS} value={status} onChange={setStatus} />
        <a class="btn btn-secondary" href={API_BASE + REDEMPTIONS_CSV} download>
          <Icon name="download" size={18} /> Download CSV of open redemptions
        </a>
      </div>
      <Redemptions list={list} busyId={busyId} onAct={act} />
      {rejecting && <RejectDialog redemption={rejecting} onDone={changed} onCancel={() => setRejecting(null)} />}
    </>
  );
}

function Redemptions({ list, busyId, onAct }) {
  if (list.status === 'loading')
    return (
      <p class="loading-line" aria-busy="true">
        Loading redemptions…
      </p>
    );
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  if (!list.data.items.length) {
    return (
      <EmptyState icon="gift" title="Nothing here">
        No redemptions with this status.
      </EmptyState>
    );
  }
  return <FulfilmentTable items={list.data.items} busyId={busyId} onAct={onAct} />;
}
