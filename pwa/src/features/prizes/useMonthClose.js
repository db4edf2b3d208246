// A month's close for one scope in the prize manager: none yet, the preview
// (exclude, include again, confirm), or the award (fulfilment). Every action
// answers with the whole close, which replaces what is shown.
import { useState } from 'preact/hooks';
import { closeMonth, confirmAward, excludeWinner, fetchCloses, includeAgain } from './closesApi.js';
import { setFulfilment } from './prizesApi.js';
import { confirmation, exclusion, withStatus } from './prizeClose.js';
import { useResource } from '../../lib/useResource.js';

const findClose = (month, teamId) =>
  fetchCloses(month).then((items) => items.find((close) => close.team_id === teamId) || null);

export function useMonthClose(month, teamId) {
  const resource = useResource(() => findClose(month, teamId), `${month}:${teamId}`);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const close = resource.data;

  // For buttons on the panel: the refusal is shown there, and an out of date
  // preview is fetched again so the manager sees what confirming would do.
  const run = async (action) => {
    setBusy(true);
    setProblem(null);
    try {
      resource.replace(await action());
      return true;
    } catch (error) {
      setProblem(error);
      if (error.code === 'preview_out_of_date' || error.code === 'already_closed') resource.reload();
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    ...resource,
    close,
    busy,
    problem,
    start: () => run(() => closeMonth(month, teamId)),
    confirm: () => run(() => confirmAward(close.id, confirmation(close))),
    includeAgain: (exclusion) => run(() => includeAgain(close.id, exclusion.id)),
    clearProblem: () => setProblem(null),
    // The dialog shows its own refusals (e.g. a reason too short), so these throw.
    exclude: async (prize, winner, scope, reason) =>
      resource.replace(await excludeWinner(close.id, exclusion(prize, winner, scope, reason))),
    // Shown at once (the select is controlled); a refusal puts the server's copy back.
    fulfil: async (winnerId, status) => {
      resource.replace(withStatus(close, winnerId, status));
      setProblem(null);
      try {
        await setFulfilment(winnerId, status);
      } catch (error) {
        setProblem(error);
        resource.reload();
      }
    },
  };
}
