// A kudos arriving live: a toast wherever the advocate is (and so a polite
// announcement), with a way to the recognition feed. An open Recognition
// screen refreshes itself (features/recognition/Recognition.jsx listens too).
import { showToast } from '../state/toasts.js';
import { navigate } from '../lib/router.js';
import { kudosTitle } from '../lib/kudosNews.js';

/** news: {id, from, message, points} from the kudos:received push. */
export function receiveKudos(news) {
  if (!news || !news.from) return;
  showToast({
    tone: 'celebrate',
    title: kudosTitle(news),
    detail: news.message,
    action: { label: 'See kudos', run: () => navigate('kudos') },
  });
}
