// Teams, used by the publishing form to target content.
import { get } from './client.js';

export const fetchTeams = () => get('/teams').then((body) => body.items);
