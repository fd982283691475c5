/**
 * Turning a file's bytes into newsletter text, or a clear reason why not: empty, binary,
 * not UTF-8, or larger than one newsletter can be.
 */

/** A newsletter is tens of kilobytes; anything past this is not one and is refused unread. */
export const MAX_NEWSLETTER_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {
  override name = 'InputError';
}

export function decodeNewsletter(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (bytes.length > MAX_NEWSLETTER_BYTES) {
    throw new InputError(`the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a newsletter may be at most ${MAX_NEWSLETTER_BYTES / 1024 / 1024} MB`);
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError('the file is binary (it contains NUL bytes), not newsletter text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`the file is not valid UTF-8 (first bad byte at offset ${at})`);
  }
  text = text.replace(/^\ufeff/, '');
  if (text.trim().length === 0) throw new InputError('the file holds only white space');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (bytes[i + k]! >> 6 !== 0b10) return i;
    i += length;
  }
  return i;
}
