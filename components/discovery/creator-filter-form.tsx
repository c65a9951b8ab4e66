import Form from 'next/form';
import Link from 'next/link';
import { platforms } from '@/db/schema/profiles';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { ageGroups, creatorSearchQuery, type CreatorSearchParams } from '@/lib/discovery/search-params';
import { countryOptions } from '@/lib/reference/countries';
import { platformLabels } from './labels';

interface CreatorFilterFormProps {
  action: string;
  params: CreatorSearchParams;
  clearHref: string;
}

const platformOptions = platforms.map((platform) => ({ value: platform, label: platformLabels[platform] }));
const countries = countryOptions.map(({ code, name }) => ({ value: code, label: name }));
const ageGroupOptions = ageGroups.map((group) => ({ value: group, label: group }));
const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** A GET form: searching is a navigation, so the URL holds the whole view. */
export function CreatorFilterForm({ action, params, clearHref }: CreatorFilterFormProps) {
  return (
    <Form
      key={creatorSearchQuery(params)}
      action={action}
      role="search"
      aria-label="Filter creators"
      className="mb-6 grid gap-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm md:grid-cols-4"
    >
      <div className="md:col-span-2">
        <Field label="Search" name="q" type="search" defaultValue={text(params.q)} hint="Name or bio" />
      </div>
      <SelectField
        label="Platform"
        name="platform"
        options={platformOptions}
        placeholder="Any platform"
        defaultValue={text(params.platform)}
      />
      <SelectField
        label="Country"
        name="country"
        options={countries}
        placeholder="Any country"
        defaultValue={text(params.country)}
      />
      <Field
        label="Minimum followers"
        name="minFollowers"
        type="number"
        min={0}
        step={1}
        defaultValue={text(params.minFollowers)}
      />
      <Field
        label="Maximum followers"
        name="maxFollowers"
        type="number"
        min={0}
        step={1}
        defaultValue={text(params.maxFollowers)}
      />
      <Field
        label="Minimum engagement rate"
        name="minEngagement"
        type="number"
        min={0}
        step={0.01}
        hint="Percent"
        defaultValue={text(params.minEngagement)}
      />
      <Field
        label="Maximum engagement rate"
        name="maxEngagement"
        type="number"
        min={0}
        step={0.01}
        hint="Percent"
        defaultValue={text(params.maxEngagement)}
      />
      <SelectField
        label="Audience location"
        name="audienceLocation"
        options={countries}
        placeholder="Anywhere"
        defaultValue={text(params.audienceLocation)}
      />
      <Field
        label="Minimum female audience %"
        name="minFemaleShare"
        type="number"
        min={0}
        max={100}
        defaultValue={text(params.minFemaleShare)}
      />
      <SelectField
        label="Age group"
        name="ageGroup"
        options={ageGroupOptions}
        placeholder="Any age"
        defaultValue={text(params.ageGroup)}
      />
      <Field
        label="Minimum age group share %"
        name="minAgeGroupShare"
        type="number"
        hint="Applies to the age group chosen"
        min={0}
        max={100}
        defaultValue={text(params.minAgeGroupShare)}
      />
      <Field
        label="Minimum authenticity"
        name="minAuthenticity"
        type="number"
        min={0}
        max={1}
        step={0.01}
        hint="From 0 to 1"
        defaultValue={text(params.minAuthenticity)}
      />
      <Field
        label="Maximum fake-follower risk"
        name="maxRiskScore"
        type="number"
        min={0}
        max={100}
        step={0.01}
        hint="Risk score from 0 to 100"
        defaultValue={text(params.maxRiskScore)}
      />
      {(params.sort !== 'followers' || params.dir !== 'desc') && (
        <>
          <input type="hidden" name="sort" value={params.sort} />
          <input type="hidden" name="dir" value={params.dir} />
        </>
      )}
      <div className="flex items-center gap-3 md:col-span-4">
        <Button type="submit">Find creators</Button>
        <Link href={clearHref} className={buttonClasses('ghost')}>
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
