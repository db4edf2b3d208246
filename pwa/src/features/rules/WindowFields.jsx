// When a campaign or team challenge runs: starts and ends, typed in the
// device's time zone (said once, on "Starts") and stored as UTC.
import { DateTimeField } from './DateTimeField.jsx';
import { ContextLabel } from './ContextLabel.jsx';
import { deviceZone } from '../../lib/localDateTime.js';
import { endProblem, startProblem } from '../../lib/sectionChecks.js';
import { joinProblems } from '../../lib/cardProblems.js';

export function WindowFields({ item, name, context, byField, onEdit }) {
  return (
    <div class="window-fields">
      <DateTimeField
        label={<ContextLabel text="Starts" context={context} />}
        name={name('starts')}
        hint={`In your time zone (${deviceZone()}).`}
        value={item.starts}
        error={joinProblems(startProblem(item.starts), byField.starts)}
        onChange={(starts) => onEdit({ starts })}
      />
      <DateTimeField
        label={<ContextLabel text="Ends" context={context} />}
        name={name('ends')}
        value={item.ends}
        error={joinProblems(endProblem(item.starts, item.ends), byField.ends)}
        onChange={(ends) => onEdit({ ends })}
      />
    </div>
  );
}
