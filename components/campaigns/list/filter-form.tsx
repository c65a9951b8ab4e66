import Form from 'next/form';
import Link from 'next/link';
import { campaignStatuses } from '@/db/schema/campaigns';
import { campaignStatusLabels } from '@/components/labels';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { campaignListQuery, campaignPageSizes, defaultPageSize, type CampaignListParams } from '@/lib/campaigns/list-params';

interface CampaignFilterFormProps {
  action: string;
  params: CampaignListParams;
  clearHref: string;
}

const pageSizeOptions = campaignPageSizes.map((size) => ({ value: String(size), label: String(size) }));

/** A GET form: applying filters is a navigation, so the URL holds the whole view. */
export function CampaignFilterForm({ action, params, clearHref }: CampaignFilterFormProps) {
  return (
    // Remounting when the URL changes resets the uncontrolled inputs to the new state (e.g. after "Clear filters").
    <Form
      key={campaignListQuery(params)}
      action={action}
      role="search"
      aria-label="Filter campaigns"
      className="mb-6 grid gap-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm md:grid-cols-4"
    >
      <div className="md:col-span-2">
        <Field label="Search" name="q" type="search" defaultValue={params.q ?? ''} hint="Title, description or brief" />
      </div>
      <Field label="Starts from" name="from" type="date" defaultValue={params.from ?? ''} />
      <Field label="Starts until" name="to" type="date" defaultValue={params.to ?? ''} />
      <fieldset className="md:col-span-3">
        <legend className="text-sm font-medium text-zinc-900">Status</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {campaignStatuses.map((status) => (
            <label key={status} className="inline-flex items-center gap-2 text-sm text-zinc-700">
              <input
                type="checkbox"
                name="status"
                value={status}
                defaultChecked={params.statuses.includes(status)}
                className="size-4 rounded border-zinc-300"
              />
              {campaignStatusLabels[status]}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label="Rows per page"
        name="size"
        options={pageSizeOptions}
        defaultValue={String(params.size ?? defaultPageSize)}
      />
      {params.sort && (
        <>
          <input type="hidden" name="sort" value={params.sort} />
          <input type="hidden" name="dir" value={params.dir} />
        </>
      )}
      <div className="flex items-center gap-3 md:col-span-4">
        <Button type="submit">Apply filters</Button>
        <Link href={clearHref} className={buttonClasses('ghost')}>
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
