import { socialRouteEnv } from '@/lib/social/route-env';
import { connectResponse } from '@/lib/social/routes';

export async function GET(_request: Request, { params }: { params: Promise<{ platform: string }> }) {
  const { platform } = await params;
  return connectResponse(await socialRouteEnv(), platform);
}
