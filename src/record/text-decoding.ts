/** Decodes raw input bytes as UTF-8 text, refusing empty, binary and malformed input with a reason. */

export class InputRefusal extends Error {}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || offset + length > bytes.length) return offset;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[offset + next]!;
      const min = next === 1 && lead === 0xe0 ? 0xa0 : next === 1 && lead === 0xf0 ? 0x90 : 0x80;
      const max = next === 1 && lead === 0xed ? 0x9f : next === 1 && lead === 0xf4 ? 0x8f : 0xbf;
      if (byte < min || byte > max) return offset;
    }
    offset += length;
  }
  return -1;
}

/** Control characters other than tab, newline, carriage return and form feed never occur in article text. */
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/u;

export function decodeArticleText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputRefusal('the file is empty; there is nothing to import');
  if (bytes.includes(0)) throw new InputRefusal('the file holds NUL bytes: it is binary, not article text');
  const invalid = firstInvalidUtf8Offset(bytes);
  if (invalid >= 0) {
    const byte = bytes[invalid]!.toString(16).padStart(2, '0');
    throw new InputRefusal(`the file is not valid UTF-8: byte 0x${byte} at offset ${invalid}; save it as UTF-8 and import again`);
  }
  // The byte-order mark stays: normaliseNewlines removes exactly one, as it does for the sources the
  // content check reads, so a U+FEFF right after it is kept as text.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const control = BINARY_CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).padStart(4, '0');
    throw new InputRefusal(`the file holds the control character U+${code.toUpperCase()}: it looks binary, not like article text`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputRefusal('the file holds only whitespace; there is nothing to import');
  return text;
}
