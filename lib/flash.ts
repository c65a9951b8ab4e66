import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';

/**
 * A one-time confirmation that outlives the form which produced it: a server action sets it, the app shell shows it
 * once, and FlashMessage clears it (see lib/flash-actions.ts).
 */
export interface Flash {
  /** Identifies this flash, so clearing it never removes a newer one and the shell shows each one once. */
  id: string;
  message: string;
}

export const FLASH_COOKIE = 'pactly_flash';
export const FLASH_MAX_LENGTH = 300;
export const FLASH_MAX_AGE_SECONDS = 60;

export const flashCookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  maxAge: FLASH_MAX_AGE_SECONDS,
} as const;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Trimmed and cut to FLASH_MAX_LENGTH characters (whole code points, so an emoji is never split). */
export function flashText(message: string): string {
  return Array.from(message.trim()).slice(0, FLASH_MAX_LENGTH).join('').trim();
}

/** The cookie value before Next URI-encodes it for Set-Cookie: `<uuid>:<message>`; null for an empty message. */
export function flashValue(message: string, id: string = crypto.randomUUID()): string | null {
  const text = flashText(message);
  return text ? `${id}:${text}` : null;
}

/** The cookie value as Next decodes it; anything not written by flashValue (or too long) reads as no flash. */
export function parseFlash(value: string | undefined): Flash | null {
  if (!value) return null;
  const separator = value.indexOf(':');
  const id = value.slice(0, separator);
  const message = value.slice(separator + 1);
  if (separator < 0 || !uuid.test(id) || !message || message !== flashText(message)) return null;
  return { id, message };
}

interface FlashJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: typeof flashCookieOptions): unknown;
  delete(options: { name: string; path: string }): unknown;
}

export function writeFlash(jar: Pick<FlashJar, 'set'>, message: string): Flash | null {
  const value = flashValue(message);
  if (value === null) return null;
  jar.set(FLASH_COOKIE, value, flashCookieOptions);
  return parseFlash(value);
}

export function readFlashFrom(jar: Pick<FlashJar, 'get'>): Flash | null {
  return parseFlash(jar.get(FLASH_COOKIE)?.value);
}

/** Deletes the flash only if it is still the one shown, so a newer flash set meanwhile survives. */
export function clearFlashIn(jar: FlashJar, id: string): boolean {
  if (readFlashFrom(jar)?.id !== id) return false;
  jar.delete({ name: FLASH_COOKIE, path: flashCookieOptions.path });
  return true;
}

/** For server actions, after the change succeeded. */
export async function setFlash(message: string): Promise<void> {
  let jar;
  try {
    jar = await cookies();
  } catch (error) {
    unstable_rethrow(error);
    // Called outside a request (a test or script calling the action directly): there is no browser to show it to.
    return;
  }
  writeFlash(jar, message);
}

/** For server components: the pending flash, if any. Reading does not clear it; FlashMessage does. */
export async function readFlash(): Promise<Flash | null> {
  return readFlashFrom(await cookies());
}
