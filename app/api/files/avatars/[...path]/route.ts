import { NextResponse } from 'next/server';
import { z } from 'zod';
import { avatarPathPattern, avatarUrlPrefix } from '@/lib/creators/profile';
import { route } from '@/lib/http/route';
import { objectStore } from '@/lib/storage';

const imageTypes = new Set(['image/png', 'image/jpeg', 'image/webp']);

const notFound = () => NextResponse.json({ error: 'Not found.' }, { status: 404 });

/** Avatars are public (brands see them when choosing creators). Each upload gets a new random name, so a URL's bytes never change. */
export const GET = route(z.object({}), 'query', async (_input, _ctx, request) => {
  const path = decodeURIComponent(request.nextUrl.pathname.slice(avatarUrlPrefix.length));
  if (!request.nextUrl.pathname.startsWith(avatarUrlPrefix) || !avatarPathPattern.test(path)) return notFound();
  const stored = await objectStore().get(`avatars/${path}`);
  if (!stored) return notFound();
  return new Response(Buffer.from(stored.bytes), {
    headers: {
      'Content-Type': imageTypes.has(stored.contentType) ? stored.contentType : 'application/octet-stream',
      'Content-Length': String(stored.bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
});
