export type CsvValue = string | number | bigint | boolean | null | undefined;

/** Lets Excel detect UTF-8; other readers skip it. */
export const csvByteOrderMark = '\uFEFF';

// A spreadsheet runs a cell that starts with one of these as a formula (tab and CR too, per OWASP).
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula gets a leading apostrophe, so it shows as
 * text; numbers stay numbers.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * A byte stream fed by `produce`, which writes text and waits while the reader is behind (so a slow download
 * does not buffer the whole file). When the reader cancels, the next `write` throws and `produce` stops.
 */
export function textStream(produce: (write: (text: string) => Promise<void>) => Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let resume: (() => void) | undefined;
  let cancelled = false;
  const wake = () => {
    resume?.();
    resume = undefined;
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = async (text: string) => {
        if (cancelled) throw new Error('The download was cancelled.');
        controller.enqueue(encoder.encode(text));
        if ((controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (resume = resolve));
        if (cancelled) throw new Error('The download was cancelled.');
      };
      produce(write).then(
        () => {
          if (!cancelled) controller.close();
        },
        (error: unknown) => {
          if (cancelled) return;
          console.error('streaming failed', error);
          controller.error(error);
        },
      );
    },
    pull: wake,
    cancel() {
      cancelled = true;
      wake();
    },
  });
}
