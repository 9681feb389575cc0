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

/** UTF-16 text: a byte-order mark, or a NUL byte in every other place of the first 64 bytes (ASCII letters in UTF-16). */
function utf16Order(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  const head = bytes.subarray(0, 64 - (Math.min(bytes.length, 64) % 2));
  const zeros = (parity: number) => head.filter((byte, index) => index % 2 === parity && byte === 0).length;
  if (head.length >= 8 && zeros(1) === head.length / 2) return 'little-endian';
  if (head.length >= 8 && zeros(0) === head.length / 2) return 'big-endian';
  return undefined;
}

/** The charset a page or XML declaration names in its first kilobytes ("windows-1252"), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.slice(1).find(Boolean);
}

/** Windows-1252's characters for the bytes 0x80–0x9F, as the WHATWG decoder gives them (its own table, not a copy). */
const CP1252_HIGH = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index));

/** The bytes a Windows-1252 decoder turned into `text`, or undefined when a character is none of its. */
function cp1252Bytes(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(char);
    if (high >= 0) bytes.push(0x80 + high);
    else if (code <= 0xff) bytes.push(code);
    else return undefined;
  }
  return Uint8Array.from(bytes);
}

/** A continuation byte of UTF-8 (0x80–0xBF) as Windows-1252 shows it. */
const CONTINUATION = `[\\u00A0-\\u00BF${CP1252_HIGH}]`;
/** A lead byte's character (Ã for umlauts and ß, â€ for quotes and dashes) and a continuation byte's: UTF-8 read as Windows-1252. */
const DOUBLE_ENCODED = new RegExp(`\\p{L}*(?:[ÂÃ]|â€)${CONTINUATION}(?:\\p{L}|${CONTINUATION})*`, 'u');

/** The first word of `text` that is UTF-8 decoded as Windows-1252 (and decodes again to real letters), with its line and repair. */
function doubleEncodedWord(text: string): { word: string; line: number; repaired: string } | undefined {
  const match = DOUBLE_ENCODED.exec(text);
  if (!match) return undefined;
  const bytes = cp1252Bytes(match[0]);
  if (!bytes || firstInvalidUtf8Offset(bytes) >= 0) return undefined;
  const line = text.slice(0, match.index).split('\n').length;
  return { word: match[0], line, repaired: new TextDecoder().decode(bytes) };
}

export function decodeArticleText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputRefusal('the file is empty; there is nothing to import');
  const utf16 = utf16Order(bytes);
  if (utf16)
    throw new InputRefusal(
      `the file is UTF-16 (${utf16}), not UTF-8; save it as UTF-8 (e.g. iconv -f UTF-16${utf16 === 'little-endian' ? 'LE' : 'BE'} -t UTF-8 file > file.utf8.txt) and import that`,
    );
  if (bytes.includes(0)) throw new InputRefusal('the file holds NUL bytes: it is binary, not article text');
  const invalid = firstInvalidUtf8Offset(bytes);
  if (invalid >= 0) {
    const byte = bytes[invalid]!.toString(16).padStart(2, '0');
    const charset = declaredCharset(bytes);
    const from = charset ?? 'WINDOWS-1252';
    throw new InputRefusal(
      `the file is not valid UTF-8: byte 0x${byte} at offset ${invalid}${charset ? `; the page declares the charset ${charset}` : ' (German text in Windows-1252 or ISO-8859-1 looks so)'}; save it as UTF-8 (e.g. iconv -f ${from} -t UTF-8 file > file.utf8) and import that`,
    );
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
  const twice = doubleEncodedWord(text);
  if (twice)
    throw new InputRefusal(
      `the text is encoded twice (UTF-8 read as Windows-1252 and saved as UTF-8 again): "${twice.word}" on line ${twice.line} should read "${twice.repaired}"; undo it (e.g. iconv -f UTF-8 -t WINDOWS-1252 file > file.fixed) and import that`,
    );
  return text;
}
