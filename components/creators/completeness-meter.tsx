import type { Completeness } from '@/lib/creators/completeness';

export function CompletenessMeter({ completeness }: { completeness: Completeness }) {
  const { percentage, missing } = completeness;
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between text-sm">
        <span id="profile-completeness-label" className="font-medium text-zinc-900">
          Profile completeness
        </span>
        <span className="text-zinc-600">{percentage}%</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="profile-completeness-label"
        aria-valuenow={percentage}
        aria-valuemin={0}
        aria-valuemax={100}
        className="h-2 w-full overflow-hidden rounded-full bg-zinc-200"
      >
        <div className="h-full rounded-full bg-accent-600" style={{ width: `${percentage}%` }} />
      </div>
      {missing.length > 0 ? (
        <div className="text-sm text-zinc-700">
          <p className="font-medium">Still missing:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-zinc-700">Your profile is complete: brands can find you.</p>
      )}
    </div>
  );
}
