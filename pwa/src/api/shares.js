// Recording a share. client_id makes retries idempotent: the server answers
// 200 with the original share instead of awarding points twice.
import { post } from './client.js';

// `caption` goes only when the advocate edited it: the server checks it
// against the guidelines (and doesn't keep it).
export const recordShare = ({ contentId, network, clientId, caption }) =>
  post('/shares', {
    content_id: contentId,
    network,
    client_id: clientId,
    ...(caption != null && { caption }),
  });
