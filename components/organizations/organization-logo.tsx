const sizes = { sm: 'size-8 text-xs', lg: 'size-16 text-xl' } as const;

/** The organization's uploaded logo, or its initial on a tinted square. */
export function OrganizationLogo({
  name,
  logoUrl,
  size = 'sm',
}: {
  name: string;
  logoUrl: string | null;
  size?: keyof typeof sizes;
}) {
  const box = `${sizes[size]} shrink-0 rounded-lg border border-zinc-200`;
  if (logoUrl)
    // eslint-disable-next-line @next/next/no-img-element -- served by our own route with long-lived cache headers
    return <img src={logoUrl} alt={`${name} logo`} className={`${box} bg-white object-contain`} />;
  return (
    <span aria-hidden="true" className={`${box} flex items-center justify-center bg-accent-50 font-semibold text-accent-700`}>
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
