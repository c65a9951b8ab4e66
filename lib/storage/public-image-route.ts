import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { objectStore } from './index';

const imageTypes = new Set(['image/png', 'image/jpeg', 'image/webp']);

const notFound = () => NextResponse.json({ error: 'Not found.' }, { status: 404 });

/**
 * Serves public images (logos, avatars) stored under `folder`. Each upload gets a new random name, so a URL's
 * bytes never change and may be cached for a year; anything but an image is served inert.
 */
export function publicImageRoute(urlPrefix: string, folder: string, pathPattern: RegExp) {
  return route(z.object({}), 'query', async (_input, _ctx, request) => {
    const path = decodeURIComponent(request.nextUrl.pathname.slice(urlPrefix.length));
    if (!request.nextUrl.pathname.startsWith(urlPrefix) || !pathPattern.test(path)) return notFound();
    const stored = await objectStore().get(`${folder}/${path}`);
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
}
