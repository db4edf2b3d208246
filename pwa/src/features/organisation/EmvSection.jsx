// Earned media value: what the programme's clicks and reach would have cost
// as paid media, as Insights estimates it.
import { FormField } from '../../components/FormField.jsx';
import { NETWORKS } from '../../lib/networks.js';
import { SettingsSection } from './SettingsSection.jsx';
import { REACH_NETWORKS } from './settingsDraft.js';

const labelOf = (id) => (NETWORKS.find((network) => network.id === id) || { label: id }).label;

export function EmvSection({ settings, onSaved }) {
  return (
    <SettingsSection
      id="emv"
      title="Earned media value"
      description="Insights values each click at the cost per click, and each share's reach at the cost per thousand."
      settings={settings}
      onSaved={onSaved}
    >
      {({ draft, set, error }) => (
        <>
          <div class="org-grid">
            <FormField
              label="Currency"
              name="emv.currency"
              autocomplete="off"
              maxLength={3}
              hint="Three letters, such as EUR or USD."
              value={draft.currency}
              onInput={(event) => set('currency', event.currentTarget.value.toUpperCase())}
              error={error('emv.currency')}
            />
            <FormField
              label="Cost per click"
              name="emv.cost_per_click"
              type="number"
              inputMode="decimal"
              min="0"
              step="0.01"
              value={draft.cost_per_click}
              onInput={(event) => set('cost_per_click', event.currentTarget.value)}
              error={error('emv.cost_per_click')}
            />
            <FormField
              label="Cost per thousand impressions"
              name="emv.cost_per_mille"
              type="number"
              inputMode="decimal"
              min="0"
              step="0.01"
              value={draft.cost_per_mille}
              onInput={(event) => set('cost_per_mille', event.currentTarget.value)}
              error={error('emv.cost_per_mille')}
            />
          </div>
          <fieldset class="fieldset">
            <legend>People one share reaches</legend>
            <div class="org-grid">
              {REACH_NETWORKS.map((network) => (
                <FormField
                  key={network}
                  label={labelOf(network)}
                  name={`emv.reach.${network}`}
                  type="number"
                  inputMode="numeric"
                  min="0"
                  step="1"
                  value={draft.reach[network]}
                  onInput={(event) => set('reach', { ...draft.reach, [network]: event.currentTarget.value })}
                  error={error(`emv.reach.${network}`)}
                />
              ))}
            </div>
          </fieldset>
        </>
      )}
    </SettingsSection>
  );
}
