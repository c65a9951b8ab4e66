import { fieldError } from '@/components/forms/form-state';
import { Field } from '@/components/ui/field';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import type { AudienceDemographics } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { ageField, ageGroups, genderField, genders, locationField, maxTopLocations } from '@/lib/creators/schemas';

const genderLabels: Record<(typeof genders)[number], string> = { female: 'Female', male: 'Male', other: 'Other' };

function GroupError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

interface ShareInputProps {
  label: string;
  name: string;
  value: number | undefined;
  state: ActionResult | null;
  groupErrorId?: string;
}

function ShareInput({ label, name, value, state, groupErrorId }: ShareInputProps) {
  return (
    <Field
      label={label}
      name={name}
      type="number"
      inputMode="decimal"
      min={0}
      max={100}
      step={0.1}
      defaultValue={value ?? ''}
      error={fieldError(state, name)}
      aria-describedby={groupErrorId}
    />
  );
}

interface DemographicsFieldsetsProps {
  demographics: AudienceDemographics | null;
  countries: SelectOption[];
  state: ActionResult | null;
}

export function DemographicsFieldsets({ demographics, countries, state }: DemographicsFieldsetsProps) {
  const ageError = fieldError(state, 'age_groups');
  const genderError = fieldError(state, 'gender');
  return (
    <div className="space-y-4">
      <fieldset className="space-y-3 rounded-lg border border-zinc-200 p-4">
        <legend className="px-1 text-sm font-semibold text-zinc-900">Age groups</legend>
        <p className="text-sm text-zinc-500">Percent of your audience in each group; the shares must add up to 100.</p>
        <GroupError id="age-groups-error" message={ageError} />
        <div className="grid gap-3 sm:grid-cols-3">
          {ageGroups.map((group) => (
            <ShareInput
              key={group}
              label={group}
              name={ageField(group)}
              value={demographics?.age_groups?.[group]}
              state={state}
              groupErrorId={ageError ? 'age-groups-error' : undefined}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3 rounded-lg border border-zinc-200 p-4">
        <legend className="px-1 text-sm font-semibold text-zinc-900">Gender</legend>
        <p className="text-sm text-zinc-500">Percent of your audience; the shares must add up to 100.</p>
        <GroupError id="gender-error" message={genderError} />
        <div className="grid gap-3 sm:grid-cols-3">
          {genders.map((gender) => (
            <ShareInput
              key={gender}
              label={genderLabels[gender]}
              name={genderField(gender)}
              value={demographics?.gender?.[gender]}
              state={state}
              groupErrorId={genderError ? 'gender-error' : undefined}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3 rounded-lg border border-zinc-200 p-4">
        <legend className="px-1 text-sm font-semibold text-zinc-900">Top locations</legend>
        <p className="text-sm text-zinc-500">Where most of your audience lives, largest first.</p>
        <div className="grid gap-3 sm:grid-cols-3">
          {Array.from({ length: maxTopLocations }, (_, index) => (
            <SelectField
              key={index}
              label={`Top location ${index + 1}`}
              name={locationField(index + 1)}
              options={countries}
              placeholder="None"
              defaultValue={demographics?.locations?.[index] ?? ''}
              error={fieldError(state, locationField(index + 1))}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
