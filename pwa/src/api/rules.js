// Scoring rules (admins only): the rule set in force, its history, condition
// checks, what-if previews, publishing and rolling back.
import { get, post } from './client.js';

export const fetchRuleFields = () => get('/rules/fields').then((body) => body.items);
export const fetchCurrentRules = () => get('/rules/current');
export const fetchRuleVersions = () => get('/rules/versions').then((body) => body.items);
export const checkCondition = (condition) => post('/rules/check', { condition });
export const simulateRules = (draft, start, end) => post('/rules/simulate', { draft, start, end });
export const publishRules = (document) => post('/rules/publish', { document });
export const rollbackRules = (version) => post('/rules/rollback', { version });
