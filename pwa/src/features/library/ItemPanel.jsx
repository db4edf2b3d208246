// An item's detail panel: a drawer on the right from 1024 px, a bottom
// sheet below. What the item is, who it reaches and when, and what can be
// done with it: Edit, Preview as an advocate, Duplicate, Archive or Restore,
// and Delete for drafts (after a confirmation).
import { useState } from 'preact/hooks';
import { targetsText } from '../../lib/audienceWords.js';
import { whenText } from '../../lib/publishWords.js';
import { draftFromItem } from '../../lib/contentDraft.js';
import { networkLabel } from '../../lib/networks.js';
import { Sheet } from '../../components/Sheet.jsx';
import { PublishTime, StateChip } from './ItemBits.jsx';
import { Tags } from './LibraryTable.jsx';
import { AdvocatePreview } from './AdvocatePreview.jsx';
import { ItemActions } from './ItemActions.jsx';

// The preview replaces the panel while it is open (two focus traps would
// fight over Tab), and closing it brings the panel back.
export function ItemPanel(props) {
  const [previewing, setPreviewing] = useState(false);
  if (previewing) {
    const { item } = props;
    return <AdvocatePreview draft={draftFromItem(item)} original={item} onClose={() => setPreviewing(false)} />;
  }
  return <Panel {...props} onPreview={() => setPreviewing(true)} />;
}

function Panel({ item, teams, wide, onClose, onChanged, onPreview }) {
  return (
    <Sheet
      id="item-panel"
      title={item.title}
      className={`item-panel${wide ? ' drawer' : ''}`}
      layerClass={wide ? 'drawer-layer' : ''}
      testId="item-panel"
      onClose={onClose}
    >
      {item.image_url && <img class="item-panel-image" src={item.image_url} alt="" />}
      <Facts item={item} teams={teams} />
      <ItemActions item={item} onPreview={onPreview} onChanged={onChanged} />
    </Sheet>
  );
}

function Facts({ item, teams }) {
  const captions = Object.keys(item.captions || {});
  const variants = Object.values(item.caption_variants || {}).reduce((n, list) => n + list.length, 0);
  return (
    <dl class="item-facts">
      <dt>State</dt>
      <dd>
        <StateChip state={item.state} /> <PublishTime item={item} />
      </dd>
      {item.expires_at && (
        <>
          <dt>Expires</dt>
          <dd>{whenText(item.expires_at)}</dd>
        </>
      )}
      <dt>Who sees it</dt>
      <dd>{targetsText(item.target_team_ids, teams)}</dd>
      <dt>Link</dt>
      <dd>
        <a href={item.url} target="_blank" rel="noopener noreferrer" class="item-link">
          {item.url}
        </a>
      </dd>
      {item.author && (
        <>
          <dt>Author</dt>
          <dd>{item.author.display_name}</dd>
        </>
      )}
      <dt>Tags</dt>
      <dd>
        <Tags tags={item.tags} />
      </dd>
      <dt>Captions</dt>
      <dd>
        {captions.length ? captions.map(networkLabel).join(', ') : 'None: advocates start from the summary'}
        {variants > 0 && ` (+${variants} more)`}
      </dd>
    </dl>
  );
}
