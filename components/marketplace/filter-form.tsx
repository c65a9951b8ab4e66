import Form from 'next/form';
import Link from 'next/link';
import { deliverableTypeOptions } from '@/components/campaigns/deliverable-type-options';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { platforms } from '@/db/schema';
import { marketplaceQuery, type MarketplaceParams, type MarketplaceSort } from '@/lib/marketplace/params';
import { countryOptions } from '@/lib/reference/countries';
import { platformLabels } from './labels';

interface MarketplaceFilterFormProps {
  action: string;
  params: MarketplaceParams;
  clearHref: string;
}

const platformOptions = platforms.map((platform) => ({ value: platform, label: platformLabels[platform] }));
const countrySelectOptions = countryOptions.map((country) => ({ value: country.code, label: country.name }));
const sortOptions: { value: MarketplaceSort; label: string }[] = [
  { value: 'best_match', label: 'Best match (when searching)' },
  { value: 'newest', label: 'Newest' },
  { value: 'budget', label: 'Budget, highest first' },
  { value: 'deadline', label: 'Deadline, soonest first' },
];

/** A GET form: applying filters is a navigation, so the URL holds the whole view. */
export function MarketplaceFilterForm({ action, params, clearHref }: MarketplaceFilterFormProps) {
  return (
    // Remounting when the URL changes resets the uncontrolled inputs to the new state (e.g. after "Clear filters").
    <Form
      key={marketplaceQuery(params)}
      action={action}
      role="search"
      aria-label="Find campaigns"
      className="mb-6 grid gap-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm md:grid-cols-4"
    >
      <div className="md:col-span-2">
        <Field
          label="Search"
          name="q"
          type="search"
          defaultValue={params.q ?? ''}
          hint="Words from the title, description or brief"
        />
      </div>
      <SelectField
        label="Deliverable type"
        name="type"
        options={deliverableTypeOptions}
        placeholder="Any type"
        defaultValue={params.type ?? ''}
      />
      <SelectField
        label="Platform"
        name="platform"
        options={platformOptions}
        placeholder="Any platform"
        defaultValue={params.platform ?? ''}
      />
      <Field
        label="Minimum budget"
        name="min"
        inputMode="decimal"
        pattern="\d+(\.\d{1,2})?"
        defaultValue={params.budgetMin ?? ''}
        hint="Budget reaches at least this amount"
      />
      <Field
        label="Maximum budget"
        name="max"
        inputMode="decimal"
        pattern="\d+(\.\d{1,2})?"
        defaultValue={params.budgetMax ?? ''}
        hint="Budget starts at or below this amount"
      />
      <SelectField
        label="Brand country"
        name="country"
        options={countrySelectOptions}
        placeholder="Any country"
        defaultValue={params.country ?? ''}
      />
      <Field
        label="Deadline before"
        name="deadline"
        type="date"
        defaultValue={params.deadlineBefore ?? ''}
        hint="Submission deadline, or end date"
      />
      <SelectField label="Sort by" name="sort" options={sortOptions} defaultValue={params.sort ?? 'best_match'} />
      <div className="flex items-center gap-3 md:col-span-4">
        <Button type="submit">Search campaigns</Button>
        <Link href={clearHref} className={buttonClasses('ghost')}>
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
