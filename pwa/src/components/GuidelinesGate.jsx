// "Read the guidelines before your first share": on the feed as a banner,
// and in the share sheet in place of the network buttons, until the advocate
// accepts the current guidelines (state/guidelines.js).
import { Icon } from './Icon.jsx';
import '../styles/guidelineGate.css';

export function GuidelinesGate({ id, inSheet = false, onFollow }) {
  const Heading = inSheet ? 'h3' : 'h2';
  return (
    <div class={`guidelines-gate${inSheet ? ' in-sheet' : ''}`} data-testid="guidelines-gate">
      <Icon name="lock" size={22} />
      <div class="guidelines-gate-body">
        <Heading class="guidelines-gate-title" id={id}>
          Read the guidelines before your first share
        </Heading>
        <p>Sharing opens up once you've read and accepted them. It takes two minutes and earns points.</p>
        <a class="btn btn-primary" href="#/guidelines" onClick={onFollow}>
          Read the guidelines
        </a>
      </div>
    </div>
  );
}
