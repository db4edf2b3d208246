// "1st", "2nd", "23rd": ranks as people say them (the app's copy is English).
const rules = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIXES = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export const ordinal = (n) => `${n}${SUFFIXES[rules.select(n)]}`;
