// The People screen's parts: people, invitations and importing.
import { SectionTabs } from '../../components/SectionTabs.jsx';

const PARTS = [
  { value: 'people', label: 'People', href: '#/people' },
  { value: 'invitations', label: 'Invitations', href: '#/people/invitations' },
  { value: 'import', label: 'Import', href: '#/people/import' },
];

export function PeopleTabs({ part }) {
  return <SectionTabs label="People sections" parts={PARTS} current={part} />;
}
