/** Smallest byte sequences that pass the magic-byte check, with some content after the signature. */
export const samplePdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n% certificate\n%%EOF\n')]);
export const samplePng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
export const sampleJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
/** A text file renamed to .pdf: the name and declared type say PDF, the bytes do not. */
export const disguisedText = new TextEncoder().encode('not really a pdf');

export function fileOf(bytes: Uint8Array, name: string, type = 'application/pdf'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}
