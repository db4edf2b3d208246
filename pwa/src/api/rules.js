// Scoring rules (admins only): the rule set in force, its history, condition
// checks, sentences, what-if previews, why rules fired, diffs, publishing
// and rolling back.
import { get, post } from './client.js';

export const fetchRuleFields = () => get('/rules/fields').then((body) => body.items);
export const fetchCurrentRules = () => get('/rules/current');
export const fetchRuleVersions = () => get('/rules/versions').then((body) => body.items);
export const fetchRuleVersion = (version) => get(`/rules/versions/${version}`);
export const checkCondition = (condition, trigger) => post('/rules/check', { condition, trigger });
export const describeRules = (document) => post('/rules/describe', { document });
export const simulateRules = (draft, start, end) => post('/rules/simulate', { draft, start, end });
export const explainRules = (document, limit = 8) => post('/rules/explain', { document, limit });
export const diffDraft = (document) => post('/rules/diff', { document });
export const diffVersions = (from, to) => get(`/rules/diff?from=${from}&to=${to}`);
export const publishRules = (document, reason) => post('/rules/publish', { document, reason });
export const rollbackRules = (version, reason) =>
  post('/rules/rollback', reason ? { version, reason } : { version });
