// The prize form's body and the confirm body, as the API expects them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_DRAFT, draftFromPrize, newPrizeBody, changeBody } from '../src/features/prizes/prizeDraft.js';
import { confirmation, memberId, withStatus } from '../src/features/prizes/prizeClose.js';

test('a new prize carries the month and scope; a blank image link is none', () => {
  const body = newPrizeBody({ ...EMPTY_DRAFT, title: 'Gift card', image_url: '  ' }, '2026-03', null);
  assert.equal(body.month, '2026-03');
  assert.equal(body.team_id, null);
  assert.equal(body.image_url, null);
  assert.equal(body.title, 'Gift card');
});

test('an edit never moves the prize to another month or team', () => {
  const prize = { id: 3, month: '2026-03', team_id: 4, title: 'Raffle', method: 'raffle', image_url: null, quantity: 2 };
  const body = changeBody(draftFromPrize(prize));
  assert.equal('month' in body, false);
  assert.equal('team_id' in body, false);
  assert.equal(body.quantity, 2);
  assert.equal(body.image_url, null);
});

test('numbers typed as blank are sent as typed, for the server to name the field', () => {
  assert.equal(changeBody({ ...EMPTY_DRAFT, quantity: '' }).quantity, '');
});

test('confirming sends every prize\'s winners as previewed, teams by team id', () => {
  const close = {
    prizes: [
      { id: 1, method: 'top', winners: [{ user_id: 7 }, { user_id: 3 }] },
      { id: 2, method: 'best_team', winners: [{ team_id: 4 }] },
      { id: 5, method: 'raffle', winners: [] },
    ],
  };
  assert.deepEqual(confirmation(close), {
    prizes: [
      { prize_id: 1, winners: [7, 3] },
      { prize_id: 2, winners: [4] },
      { prize_id: 5, winners: [] },
    ],
  });
  assert.equal(memberId({ team_id: 4 }), 4);
});

test('the wall groups winners by prize, keeping the server\'s order', async () => {
  const { wallGroups } = await import('../src/lib/wallGroups.js');
  const row = (id, prize, place) => ({ id, place, scope: 'Sales', prize: { id: prize } });
  const groups = wallGroups([row(1, 5, 1), row(2, 5, 2), row(3, 6, 1)]);
  assert.deepEqual(
    groups.map((g) => [g.prize.id, g.winners.map((w) => w.id)]),
    [
      [5, [1, 2]],
      [6, [3]],
    ],
  );
});

test('a fulfilment change touches only that winner', () => {
  const close = { id: 1, prizes: [{ id: 1, winners: [{ winner_id: 8, status: 'pending' }, { winner_id: 9, status: 'pending' }] }] };
  const changed = withStatus(close, 9, 'sent');
  assert.deepEqual(changed.prizes[0].winners.map((w) => w.status), ['pending', 'sent']);
  assert.equal(close.prizes[0].winners[1].status, 'pending');
});
