import { BarChart, type BarDatum } from '@/components/charts/bar-chart';
import { countryName } from '@/components/discovery/rows';
import { EmptyState } from '@/components/ui/empty-state';
import type { AudienceDemographics } from '@/db/schema';
import { ageGroups, genders } from '@/lib/creators/schemas';
import { formatPercent, genderLabels } from './format';

/** Known keys in their usual order, then anything else the stored JSON holds. */
function ordered(shares: Record<string, number> | undefined, known: readonly string[], labels: Record<string, string> = {}) {
  if (!shares) return [];
  const keys = [...known.filter((key) => key in shares), ...Object.keys(shares).filter((key) => !known.includes(key))];
  return keys.map((key): BarDatum => ({ label: labels[key] ?? key, value: shares[key]! }));
}

function Subsection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
      <h3 id={id} className="mb-3 text-base font-semibold text-zinc-900">
        {title}
      </h3>
      {children}
    </section>
  );
}

const missing = (what: string) => <p className="text-sm text-zinc-600">No {what} reported yet.</p>;

export function Audience({ demographics }: { demographics: AudienceDemographics | null }) {
  const age = ordered(demographics?.age_groups, ageGroups);
  const gender = ordered(demographics?.gender, genders, genderLabels);
  const locations = demographics?.locations ?? [];
  return (
    <section aria-labelledby="audience" className="space-y-4">
      <h2 id="audience" className="text-lg font-semibold text-zinc-900">
        Audience
      </h2>
      {!demographics ? (
        <EmptyState title="No audience data reported yet" headingLevel="h3">
          <p>Age, gender and location shares appear here once the creator adds them to their profile.</p>
        </EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <Subsection id="audience-age" title="Age groups">
            {age.length === 0 ? (
              missing('age breakdown')
            ) : (
              <BarChart
                label="Audience by age group"
                data={age}
                formatValue={formatPercent}
                labelHeader="Age group"
                valueHeader="Share of audience"
              />
            )}
          </Subsection>
          <Subsection id="audience-gender" title="Gender split">
            {gender.length === 0 ? (
              missing('gender split')
            ) : (
              <BarChart
                label="Audience by gender"
                data={gender}
                formatValue={formatPercent}
                labelHeader="Gender"
                valueHeader="Share of audience"
              />
            )}
          </Subsection>
          <Subsection id="audience-locations" title="Top locations">
            {locations.length === 0 ? (
              missing('locations')
            ) : (
              <ol className="list-inside list-decimal space-y-1 text-sm text-zinc-900">
                {locations.map((code) => (
                  <li key={code}>{countryName(code)}</li>
                ))}
              </ol>
            )}
          </Subsection>
        </div>
      )}
    </section>
  );
}
