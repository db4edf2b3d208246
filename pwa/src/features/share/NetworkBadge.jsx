// Network logos as pure SVG (no text nodes), so a network button's text is
// exactly its label ("LinkedIn", "X", …) for people and for tests alike.
const BADGES = {
  linkedin: {
    bg: '#0a66c2',
    fill: 'M5 9.5h3V19H5zM6.5 5a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4zM10 9.5h2.9v1.3c.5-.8 1.6-1.6 3.2-1.6 3 0 3.6 2 3.6 4.5V19h-3v-4.7c0-1.1 0-2.6-1.6-2.6s-1.9 1.2-1.9 2.5V19H10z',
  },
  x: { bg: '#0f1419', stroke: 'M6 5l12 14M18 5L6 19' },
  facebook: {
    bg: '#1877f2',
    fill: 'M13.4 21v-7.3h2.5l.4-2.9h-2.9V9c0-.8.3-1.4 1.4-1.4h1.6V5c-.3 0-1.2-.1-2.3-.1-2.3 0-3.8 1.4-3.8 3.9v2H7.8v2.9h2.5V21z',
  },
  whatsapp: {
    bg: '#128c4a',
    stroke: 'M12 4a8 8 0 0 0-6.9 12L4 20l4.2-1.1A8 8 0 1 0 12 4zM9 9.5c.3 2.2 2.3 4.3 4.6 4.8l1-1.1 1.5.7',
  },
  email: { bg: '#475569', stroke: 'M4 6.5h16v11H4zM4.5 7l7.5 6 7.5-6' },
};

export function NetworkBadge({ network }) {
  const badge = BADGES[network];
  if (!badge) return null;
  return (
    <svg
      class="network-badge"
      width="40"
      height="40"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="24" height="24" rx="7" fill={badge.bg} />
      {badge.fill && <path d={badge.fill} fill="#fff" />}
      {badge.stroke && (
        <path
          d={badge.stroke}
          fill="none"
          stroke="#fff"
          stroke-width="1.8"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      )}
    </svg>
  );
}
