import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, textStream } from './csv';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('csv', () => {
  it('quotes fields with commas, quotes or line breaks and leaves plain ones alone', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('Shoes, socks')).toBe('"Shoes, socks"');
    expect(csvCell('The "best" launch')).toBe('"The ""best"" launch"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvCell('Café ☕')).toBe('Café ☕');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('turns text a spreadsheet would run as a formula into text', () => {
    expect(csvCell('=HYPERLINK("http://evil.test","Click")')).toBe('"\'=HYPERLINK(""http://evil.test"",""Click"")"');
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
  });

  it('ends every row with CRLF', () => {
    expect(csvRow(['a', 'b,c', null, 3])).toBe('a,"b,c",,3\r\n');
  });

  it('streams what the producer writes, in order', async () => {
    const stream = textStream(async (write) => {
      for (let index = 0; index < 5; index += 1) await write(csvRow([index, `row ${index}`]));
    });

    expect(await readAll(stream)).toBe('0,row 0\r\n1,row 1\r\n2,row 2\r\n3,row 3\r\n4,row 4\r\n');
  });

  it('waits for the reader and stops the producer when the reader cancels', async () => {
    let written = 0;
    let stopped: unknown;
    const stream = textStream(async (write) => {
      try {
        for (;;) {
          await write('x'.repeat(10));
          written += 1;
        }
      } catch (error) {
        stopped = error;
        throw error;
      }
    });
    const reader = stream.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toBeLessThan(5);
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBeInstanceOf(Error);
  });

  it('fails the stream when the producer fails', async () => {
    const stream = textStream(async (write) => {
      await write('header\r\n');
      throw new Error('database went away');
    });

    await expect(readAll(stream)).rejects.toThrow('database went away');
  });
});
