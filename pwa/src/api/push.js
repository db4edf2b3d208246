// Web Push: the server's public key, this advocate's devices and what they
// want to be notified about. (The service worker renews a changed
// subscription itself, in sw.js, because it has no page to call this from.)
import { get, post, request } from './client.js';

export const fetchPushKey = () => get('/push/key');
export const fetchDevices = () => get('/push/devices');
export const addDevice = ({ endpoint, keys, label }) => post('/push/devices', { endpoint, keys, label });
export const removeDevice = (id) => request('DELETE', `/push/devices/${encodeURIComponent(id)}`);
export const fetchPreferences = () => get('/push/preferences');
export const savePreferences = (preferences) => request('PUT', '/push/preferences', preferences);
// Managers and admins: how the notifications for one content item went.
export const fetchDeliveryFigures = (contentId) => get(`/push/content/${encodeURIComponent(contentId)}`);
