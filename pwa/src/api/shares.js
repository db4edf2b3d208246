// Recording a share. client_id makes retries idempotent: the server answers
// 200 with the original share instead of awarding points twice.
import { post } from './client.js';

export const recordShare = ({ contentId, network, clientId }) =>
  post('/shares', { content_id: contentId, network, client_id: clientId });
