import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { correlationHeader, correlationIdFrom } from '@/lib/http/correlation';

const { auth } = NextAuth(authConfig);
const signedInAreas = /^\/(brand|creator|admin|contracts|notifications)(\/|$)/;

/** Signed-out visitors of a signed-in area go to sign-in; every request carries a correlation id. */
export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (signedInAreas.test(pathname) && !request.auth) {
    const signIn = new URL('/sign-in', request.nextUrl.origin);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const correlationId = correlationIdFrom(request.headers.get(correlationHeader));
  const headers = new Headers(request.headers);
  headers.set(correlationHeader, correlationId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(correlationHeader, correlationId);
  return response;
});

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
