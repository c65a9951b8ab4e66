import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { logoPathPattern, logoUrlPrefix } from '@/lib/organizations/logo';
import { objectStore } from '@/lib/storage';

const imageTypes = new Set(['image/png', 'image/jpeg', 'image/webp']);

const notFound = () => NextResponse.json({ error: 'Not found.' }, { status: 404 });

/** Logos are public (creators see them on campaigns). Each upload gets a new random name, so a URL's bytes never change. */
export const GET = route(z.object({}), 'query', async (_input, _ctx, request) => {
  const path = decodeURIComponent(request.nextUrl.pathname.slice(logoUrlPrefix.length));
  if (!request.nextUrl.pathname.startsWith(logoUrlPrefix) || !logoPathPattern.test(path)) return notFound();
  const stored = await objectStore().get(`logos/${path}`);
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
