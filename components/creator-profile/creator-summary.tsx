import { countryName } from '@/components/discovery/rows';
import type { PublicCreatorProfile } from '@/lib/creators/public-profile';
import { platformLabels } from '@/lib/creators/schemas';
import { formatCount } from './format';

/** Avatar, country, bio and the creator's handles with links to each platform. */
export function CreatorSummary({ profile, name }: { profile: PublicCreatorProfile; name: string }) {
  return (
    <div className="flex flex-col gap-6 sm:flex-row">
      {profile.avatarUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own route with long-lived cache headers
        <img
          src={profile.avatarUrl}
          alt={`${name}'s avatar`}
          className="size-24 shrink-0 rounded-full border border-zinc-200 object-cover"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex size-24 shrink-0 items-center justify-center rounded-full bg-accent-50 text-3xl font-semibold text-accent-700"
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
      )}
      <div className="min-w-0 flex-1 space-y-4">
        <p className="text-sm text-zinc-600">
          <span className="font-medium text-zinc-900">Based in:</span> {countryName(profile.country)}
        </p>
        {profile.bio ? (
          <p className="max-w-prose whitespace-pre-line text-zinc-800">{profile.bio}</p>
        ) : (
          <p className="text-sm text-zinc-600">No bio written yet.</p>
        )}
        <section aria-labelledby="creator-handles">
          <h2 id="creator-handles" className="text-base font-semibold text-zinc-900">
            Handles
          </h2>
          {profile.handles.length === 0 ? (
            <p className="mt-1 text-sm text-zinc-600">No social handles added yet.</p>
          ) : (
            <ul className="mt-2 flex flex-wrap gap-3">
              {profile.handles.map((handle) => (
                <li key={handle.platform} className="rounded-md border border-zinc-200 bg-white px-3 py-2 text-sm">
                  <span className="font-medium text-zinc-900">{platformLabels[handle.platform]}</span>{' '}
                  <a href={handle.url} target="_blank" rel="noopener noreferrer" className="text-accent-700 hover:underline">
                    @{handle.username}
                    <span className="sr-only"> on {platformLabels[handle.platform]} (opens in a new tab)</span>
                  </a>
                  {handle.verified && <span className="ml-2 text-xs font-medium text-green-700">Verified</span>}
                  {handle.followers !== null && (
                    <span className="ml-2 text-zinc-600">{formatCount(handle.followers)} followers</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
