// The app's sections as the desktop side navigation lists them, in groups that
// name the least role that may open them (App.jsx sends anyone else to the
// feed). Each has its address (a hash path), any other address that opens
// the same screen, and says whether its screen wants the whole width (tables)
// or a readable column (cards and forms).
const RANK = { advocate: 0, manager: 1, admin: 2 };

export const SECTION_GROUPS = [
  {
    label: 'Advocacy',
    sections: [
      { path: 'feed', label: 'Feed', icon: 'feed' },
      { path: 'leaderboard', label: 'Leaderboard', icon: 'trophy' },
      { path: 'points', label: 'My points', icon: 'star' },
      { path: 'challenges', label: 'Team challenges', icon: 'target' },
      { path: 'prizes', label: 'Prizes', icon: 'medal' },
      { path: 'store', label: 'Reward store', icon: 'gift' },
      { path: 'kudos', label: 'Kudos', icon: 'flame' },
      { path: 'suggestions', label: 'Suggestions', icon: 'link' },
      { path: 'guidelines', label: 'Guidelines', icon: 'check' },
    ],
  },
  {
    label: 'Programme',
    role: 'manager',
    sections: [
      { path: 'library', label: 'Content library', icon: 'share', wide: true },
      { path: 'new', also: ['library/new'], label: 'New content', icon: 'plus', wide: true },
      { path: 'insights', label: 'Insights', icon: 'chart', wide: true },
      { path: 'people', label: 'People', icon: 'people', wide: true },
      { path: 'prizes/manage', label: 'Prize manager', icon: 'trophy' },
    ],
  },
  {
    label: 'Administration',
    role: 'admin',
    sections: [
      { path: 'organisation', label: 'Organisation', icon: 'sliders' },
      { path: 'teams', label: 'Teams', icon: 'people', wide: true },
      { path: 'directory', label: 'Directory sync', icon: 'refresh', wide: true },
      { path: 'rules', label: 'Scoring rules', icon: 'star', wide: true },
      { path: 'rewards', label: 'Rewards', icon: 'gift', wide: true },
    ],
  },
  {
    label: 'You',
    sections: [
      { path: 'notifications', label: 'Notifications', icon: 'bell' },
      { path: 'privacy', label: 'Privacy', icon: 'lock' },
    ],
  },
];

const mayUse = (role, needed) => (RANK[role] ?? 0) >= (RANK[needed] ?? 0);

/** The groups of sections a role may use. */
export function sectionsFor(role, groups = SECTION_GROUPS) {
  return groups.filter((group) => mayUse(role, group.role));
}

/** The section a route and id belong to: #/prizes/manage is the prize manager,
 * #/people/import is People, and an unlisted route belongs to no section. */
export function sectionOf(route, id, groups = SECTION_GROUPS) {
  const all = groups.flatMap((group) => group.sections);
  const opens = (path) => (s) => s.path === path || (s.also || []).includes(path);
  return all.find(opens(`${route}/${id}`)) || all.find(opens(route)) || null;
}

/** Whether a role may open a route: an unlisted one (the public screens) is open. */
export function mayOpen(role, route, groups = SECTION_GROUPS) {
  const section = sectionOf(route, null, groups);
  const group = groups.find((g) => g.sections.includes(section));
  return !group || mayUse(role, group.role);
}
