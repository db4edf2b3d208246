// Everything the Prizes screen shows: this month's prizes, the caller's wins
// and the winners' wall. A prize:won push refreshes the wins and the wall,
// prizes:awarded the wall, and a reconnect all three (pushes were missed).
import { useEffect, useState } from 'preact/hooks';
import { fetchMyWins, fetchPrizes, fetchWall, setFulfilment } from './prizesApi.js';
import { onPrizeWon, onPrizesAwarded, onReconnect } from '../../realtime/socket.js';
import { monthOf, zoneOf } from './prizeMonths.js';
import { useResource } from '../../lib/useResource.js';

export function usePrizeBoard(me) {
  const [month] = useState(() => monthOf(new Date(), zoneOf(me)));
  const [wallMonth, setWallMonth] = useState(null); // null: the latest awarded month
  const catalogue = useResource(() => fetchPrizes(month), month);
  const wins = useResource(fetchMyWins, 'mine');
  const wall = useResource(() => fetchWall(wallMonth), wallMonth);

  useEffect(() => {
    const offs = [
      onPrizeWon(() => (wins.reload(), wall.reload())),
      onPrizesAwarded(() => wall.reload()),
      onReconnect(() => (catalogue.reload(), wins.reload(), wall.reload())),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  const markReceived = async (win) => {
    const updated = await setFulfilment(win.id, 'received');
    wins.replace(wins.data.map((w) => (w.id === updated.id ? { ...w, status: updated.status } : w)));
  };
  return { month, catalogue, wins, wall, wallMonth, setWallMonth, markReceived };
}
