// Each section of the organisation settings as a draft of text the form
// edits, the problems the browser can name before sending, and the PATCH
// body it becomes. Sections save on their own, so each one sends only its
// fields.

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];
export const PLACEHOLDERS = ['{network}', '{content_id}', '{campaign}'];
export const REACH_NETWORKS = ['linkedin', 'x', 'facebook', 'whatsapp', 'email'];

const text = (value) => (value === null || value === undefined ? '' : String(value));
const isWhole = (value) => /^\d+$/.test(value.trim());
const isAmount = (value) => /^\d+(\.\d+)?$/.test(value.trim());
const HEX = /^#[0-9a-f]{6}$/i;

/** The {name} placeholders a UTM value uses that the server doesn't know. */
export function unknownPlaceholders(value) {
  return (value.match(/\{[^}]*\}/g) || []).filter((found) => !PLACEHOLDERS.includes(found));
}

export const SECTIONS = {
  branding: {
    fields: ['name', 'logo_url', 'brand_colour', 'accent_colour'],
    draft: (s) => ({
      name: text(s.name),
      logo_url: text(s.logo_url),
      brand_colour: text(s.brand_colour),
      accent_colour: text(s.accent_colour),
    }),
    check: (d) => ({
      name: !d.name.trim() && 'Give the company a name (up to 120 characters).',
      brand_colour:
        d.brand_colour && !HEX.test(d.brand_colour) && 'Write the colour as # and six hex digits, like #2f6fc0.',
      accent_colour:
        d.accent_colour && !HEX.test(d.accent_colour) && 'Write the colour as # and six hex digits, like #2f6fc0.',
    }),
    payload: (d) => ({
      name: d.name.trim(),
      logo_url: d.logo_url || null,
      brand_colour: d.brand_colour ? d.brand_colour.toLowerCase() : null,
      accent_colour: d.accent_colour ? d.accent_colour.toLowerCase() : null,
    }),
  },
  region: {
    fields: ['timezone'],
    draft: (s) => ({ timezone: text(s.timezone) || 'UTC' }),
    check: () => null,
    payload: (d) => ({ timezone: d.timezone }),
  },
  leaderboards: {
    fields: ['ranking'],
    draft: (s) => ({ ranking: s.ranking || 'competition' }),
    check: () => null,
    payload: (d) => ({ ranking: d.ranking }),
  },
  recognition: {
    fields: ['kudos_cap'],
    draft: (s) => ({ kudos_cap: text(s.kudos_cap) }),
    check: (d) => ({
      kudos_cap: !isWhole(d.kudos_cap) && 'Enter the kudos points each leader may give a month, as a whole number.',
    }),
    payload: (d) => ({ kudos_cap: Number(d.kudos_cap) }),
  },
  links: {
    fields: ['utm', 'click_retention_days'],
    draft: (s) => ({
      utm: Object.fromEntries(UTM_KEYS.map((key) => [key, text(s.utm && s.utm[key])])),
      click_retention_days: text(s.click_retention_days),
    }),
    check: (d) => ({
      ...Object.fromEntries(UTM_KEYS.map((key) => [`utm.${key}`, placeholderProblem(d.utm[key])])),
      click_retention_days:
        !isWhole(d.click_retention_days) && 'Enter how many days to keep raw clicks, as a whole number.',
    }),
    payload: (d) => ({
      utm: Object.fromEntries(UTM_KEYS.filter((key) => d.utm[key].trim()).map((key) => [key, d.utm[key].trim()])),
      click_retention_days: Number(d.click_retention_days),
    }),
  },
  emv: {
    fields: ['emv'],
    draft: (s) => {
      const emv = s.emv || {};
      const reach = emv.reach || {};
      return {
        currency: text(emv.currency),
        cost_per_click: text(emv.cost_per_click),
        cost_per_mille: text(emv.cost_per_mille),
        reach: Object.fromEntries(REACH_NETWORKS.map((network) => [network, text(reach[network])])),
      };
    },
    check: (d) => ({
      'emv.currency': !/^[A-Za-z]{3}$/.test(d.currency.trim()) && 'Enter a three-letter currency code, such as EUR.',
      'emv.cost_per_click': !isAmount(d.cost_per_click) && 'Enter what a paid click costs, such as 0.80.',
      'emv.cost_per_mille': !isAmount(d.cost_per_mille) && 'Enter what a thousand impressions cost, such as 6.',
      ...Object.fromEntries(
        REACH_NETWORKS.map((network) => [
          `emv.reach.${network}`,
          !isWhole(d.reach[network]) && 'Enter how many people one share reaches, as a whole number.',
        ]),
      ),
    }),
    payload: (d) => ({
      emv: {
        currency: d.currency.trim().toUpperCase(),
        cost_per_click: Number(d.cost_per_click),
        cost_per_mille: Number(d.cost_per_mille),
        reach: Object.fromEntries(REACH_NETWORKS.map((network) => [network, Number(d.reach[network])])),
      },
    }),
  },
  push: {
    fields: ['push_contact'],
    draft: (s) => ({ push_contact: text(s.push_contact).replace(/^mailto:/, '') }), // the server adds mailto: back
    check: (d) => ({
      push_contact:
        d.push_contact.trim() &&
        !/^(mailto:)?[^@\s]+@[^@\s]+\.[^@\s]+$|^https:\/\/\S+$/.test(d.push_contact.trim()) &&
        'Enter an email address (or an https:// page) push services can reach you at.',
    }),
    payload: (d) => ({ push_contact: d.push_contact.trim() || null }),
  },
};

function placeholderProblem(value) {
  const unknown = unknownPlaceholders(value);
  if (!unknown.length) return null;
  return `${unknown.join(', ')} isn't a placeholder: use ${PLACEHOLDERS.join(', ')}.`;
}
