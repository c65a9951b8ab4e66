import { socialRouteEnv } from '@/lib/social/route-env';
import { callbackResponse } from '@/lib/social/routes';

export async function GET(request: Request, { params }: { params: Promise<{ platform: string }> }) {
  const { platform } = await params;
  return callbackResponse(await socialRouteEnv(), platform, request);
}
