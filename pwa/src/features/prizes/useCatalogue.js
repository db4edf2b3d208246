// The prizes of one month and scope, for the prize manager to add, change
// and remove. The server's list holds every scope the caller may see; the
// editor shows the one chosen.
import { createPrize, deletePrize, fetchPrizes, updatePrize } from './prizesApi.js';
import { changeBody, newPrizeBody } from './prizeDraft.js';
import { useResource } from '../../lib/useResource.js';

export function useCatalogue(month, teamId) {
  const resource = useResource(
    () => fetchPrizes(month).then((items) => items.filter((prize) => prize.team_id === teamId)),
    `${month}:${teamId}`,
  );
  const items = resource.data || [];
  return {
    ...resource,
    items,
    /** Resolves with the saved prize; rejects with the ApiError (field messages in .fields). */
    save: async (draft, prize) => {
      const saved = prize
        ? await updatePrize(prize.id, changeBody(draft))
        : await createPrize(newPrizeBody(draft, month, teamId));
      resource.replace(prize ? items.map((p) => (p.id === saved.id ? saved : p)) : [...items, saved]);
      return saved;
    },
    remove: async (prize) => {
      await deletePrize(prize.id);
      resource.replace(items.filter((p) => p.id !== prize.id));
    },
  };
}
