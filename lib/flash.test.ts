import { NextRequest, NextResponse } from 'next/server';
import { describe, expect, it } from 'vitest';
import {
  clearFlashIn,
  FLASH_COOKIE,
  FLASH_MAX_LENGTH,
  flashText,
  flashValue,
  parseFlash,
  readFlashFrom,
  setFlash,
  writeFlash,
} from './flash';

const id = '2b1f6a3e-8c1d-4f5e-9a7b-0c2d4e6f8a9b';

describe('flash values', () => {
  it('round-trips a message with its id', () => {
    const value = flashValue('Offer accepted. The contract is ready to sign.', id);
    expect(value).toBe(`${id}:Offer accepted. The contract is ready to sign.`);
    expect(parseFlash(value!)).toEqual({ id, message: 'Offer accepted. The contract is ready to sign.' });
  });

  it('gives each flash a fresh id', () => {
    const first = parseFlash(flashValue('Saved.')!);
    const second = parseFlash(flashValue('Saved.')!);
    expect(first?.id).not.toBe(second?.id);
  });

  it('trims the message, cuts it to 300 characters and never splits an emoji', () => {
    expect(flashText('  Signed.  ')).toBe('Signed.');
    const long = 'a'.repeat(FLASH_MAX_LENGTH - 1) + '😀😀';
    const cut = flashText(long);
    expect(Array.from(cut)).toHaveLength(FLASH_MAX_LENGTH);
    expect(cut.endsWith('a😀')).toBe(true);
    expect(parseFlash(flashValue(long, id)!)).toEqual({ id, message: cut });
  });

  it('writes nothing for an empty message', () => {
    expect(flashValue('   ', id)).toBeNull();
  });

  it('reads anything it did not write as no flash', () => {
    expect(parseFlash(undefined)).toBeNull();
    expect(parseFlash('')).toBeNull();
    expect(parseFlash('Signed.')).toBeNull();
    expect(parseFlash('not-a-uuid:Signed.')).toBeNull();
    expect(parseFlash(`${id}:`)).toBeNull();
    expect(parseFlash(`${id}: padded `)).toBeNull();
    expect(parseFlash(`${id}:${'a'.repeat(FLASH_MAX_LENGTH + 1)}`)).toBeNull();
  });
});

describe('the flash cookie', () => {
  it('is httpOnly, SameSite=Lax, on path / for 60 seconds, with a URI-encoded value', () => {
    const response = new NextResponse();
    const flash = writeFlash(response.cookies, 'Revision 1 submitted; “review” & 100% ready.');
    const header = response.headers.get('set-cookie')!;
    expect(header).toContain(
      `${FLASH_COOKIE}=${encodeURIComponent(`${flash!.id}:Revision 1 submitted; “review” & 100% ready.`)}`,
    );
    expect(header).toMatch(/; Path=\/(;|$)/);
    expect(header).toMatch(/; Max-Age=60(;|$)/);
    expect(header).toMatch(/; HttpOnly(;|$)/);
    expect(header).toMatch(/; SameSite=lax(;|$)/i);
    expect(header.split(';')[0]).not.toMatch(/[\s;,“”&]/);
  });

  it('reads back what the browser sends', () => {
    const response = new NextResponse();
    const flash = writeFlash(response.cookies, 'Dispute opened. Pactly staff will review it.');
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    const request = new NextRequest('http://localhost/creator/contracts/1', { headers: { cookie } });
    expect(readFlashFrom(request.cookies)).toEqual(flash);
    expect(readFlashFrom(new NextRequest('http://localhost/').cookies)).toBeNull();
  });

  it('is cleared only by the id it carries, so a newer flash survives', () => {
    const response = new NextResponse();
    const flash = writeFlash(response.cookies, 'Signed. Waiting for the creator to sign.')!;
    expect(clearFlashIn(response.cookies, '00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(readFlashFrom(response.cookies)).toEqual(flash);
    expect(clearFlashIn(response.cookies, flash.id)).toBe(true);
    expect(readFlashFrom(response.cookies)).toBeNull();
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`${FLASH_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970`));
  });

  it('is skipped, not an error, when an action runs outside a request', async () => {
    await expect(setFlash('Signed.')).resolves.toBeUndefined();
  });
});
