// The admin's reward form: a draft of text fields from a reward, checks made
// before sending, and the request body the API takes. Blank stock means
// unlimited, a blank limit means none, a blank charity means not a donation.
import { PERIODS } from './rewardWords.js';

export const EMPTY_DRAFT = {
  title: '',
  description: '',
  image_url: '',
  cost: '',
  stock: '',
  per_person_limit: '',
  limit_period: 'month',
  charity: '',
};

const text = (value) => (value === null || value === undefined ? '' : String(value));

export function draftOf(reward) {
  if (!reward) return { ...EMPTY_DRAFT };
  return {
    title: text(reward.title),
    description: text(reward.description),
    image_url: text(reward.image_url),
    cost: text(reward.cost),
    stock: text(reward.stock),
    per_person_limit: text(reward.per_person_limit),
    limit_period: reward.limit_period || 'month',
    charity: text(reward.charity),
  };
}

const whole = (value) => /^\d+$/.test(text(value).trim());
const blankOrNull = (value) => (text(value).trim() === '' ? null : Number(text(value).trim()));

/** {field: message} of problems a person can fix before sending; empty when none. */
export function draftProblems(draft) {
  const problems = {};
  if (!draft.title.trim()) problems.title = 'Give the reward a title (up to 120 characters).';
  if (!whole(draft.cost) || Number(draft.cost) < 1) problems.cost = 'The cost is a whole number of points, 1 or more.';
  if (text(draft.stock).trim() !== '' && !whole(draft.stock))
    problems.stock = 'Stock is a whole number, or blank for unlimited.';
  if (text(draft.per_person_limit).trim() !== '' && (!whole(draft.per_person_limit) || Number(draft.per_person_limit) < 1))
    problems.per_person_limit = 'The limit is a whole number, 1 or more, or blank for no limit.';
  if (draft.charity.trim().length > 120)
    problems.charity = 'Name the charity in up to 120 characters, or leave it empty.';
  if (!PERIODS.some((p) => p.value === draft.limit_period)) problems.limit_period = 'Choose a period for the limit.';
  return problems;
}

/** The body of POST /rewards and PATCH /rewards/<id>. */
export function rewardBody(draft) {
  const limit = blankOrNull(draft.per_person_limit);
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    image_url: draft.image_url.trim() || null,
    cost: Number(text(draft.cost).trim()),
    stock: blankOrNull(draft.stock),
    per_person_limit: limit,
    limit_period: draft.limit_period,
    charity: draft.charity.trim() || null,
  };
}
