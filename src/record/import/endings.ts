/** How articles end without breaking off (agency codes, source and credit lines, closing bylines and emphasis), and contact blocks that are never headings. */

/** News agencies by the names German articles end with; other codes in brackets are an editor's initials ("(ahe)"). */
const AGENCY_NAME = /^(?:dpa(?:-AFX)?|AFP|AP|Reuters|KNA|epd|sid|APA|SDA|dts|Bloomberg|Dow Jones|AWP|dapd|ddp)$/iu;
/** "abc/dpa", "dpa/afp", "(dpa)", "lni/dpa/AFP", and an agency's name alone ("dpa-AFX", "Reuters"). */
const AGENCY_CODE = /^\(?[\p{L}]{1,6}(?:\/[\p{L}]{1,6})+\)?$|^\([\p{L}]{2,6}\)$/u;
/** "Berlin (dpa) - …", "London (dpa/AFP) – …": an agency text's place and agency (captured) opening its first paragraph. */
export const AGENCY_DATELINE = /^[\p{Lu}][\p{L} .\/-]{1,40}?\s+\(([\p{L}/-]{2,12})\)\s+[—–-]\s/u;
/** "© dpa-infocom, dpa:261204-99-123456/2", "(c) 2026 Contoso Verlag", "Copyright 2026 …". */
const COPYRIGHT = /^(?:©|\(c\)|Copyright\b)\s*\S/iu;
/** "Quelle: dpa", "Verwendete Quellen: …", "Original-Content von: …" (a press release), "Mit Material von Reuters", "Foto: …". */
const SOURCE_LINE =
  /^(?:(?:Verwendete )?Quellen?|Original-Content von|Mit Material (?:von|der|des)|Material|Text|Fotos?|Bilder?|Credits?|Mitarbeit|Übersetzung|Redaktion)\b\s*:?\s*\S/u;
/** "(Thomas Beispiel, 30.5.2016)", "(jb)". */
const BYLINE = /^\([^()]{1,80}\)$/u;
const PHONE = /^(?:Tel(?:efon)?|Fon|Fax|Mobil|Handy)\.?:?\s*\+?[\d ()/–-]{6,}$/iu;
const EMAIL_OR_WEB = /^(?:E-?Mail:?\s*)?(?:[^\s@]+@[^\s@]+\.\p{L}{2,}|https?:\/\/\S+|www\.\S+)$/iu;
/** "Kontakt zur Redaktion: redaktion@example.de", "Telefon: 030 1234567": a short label before an address or number. */
const LABELLED_CONTACT = /^[^.!?]{1,50}:\s*(?:\+?[\d ()/–-]{6,}|[^\s@]+@[^\s@]+\.\p{L}{2,}|https?:\/\/\S+)$/iu;
const CONTACT_HEAD = /^(?:Presse|Medien)?kontakt(?:e)?:?$|^Ansprechpartner(?:in)?:?$|^Kontakt für (?:die )?(?:Presse|Medien):?$/iu;
/** Lines that point to other articles of the source site: never headings of this one. */
export const TEASER_LINE =
  /^(?:(?:Weiterlesen|Lesen Sie auch|Mehr zum Thema|Auch interessant|Siehe auch|Das könnte Sie auch interessieren)\s*(?::|$)|Was ist \S+\?$)/u;
/** A sentence ends: its mark, and any closing quotes or brackets after it. */
export const SENTENCE_END = /[.!?…。！？]["'“”„»«’)\]」』]*$/u;
/** A closing emphasis mark in plain text: "*Mit Material von Reuters.*" ends with its "*". */
const CLOSING_MARK = /[*_]+$/u;
/** A closing code on the last sentence's own line: "… Hamburg. (mon)", "… Markt. (APA, red, 1.3.2026)", "… /bek/lew/jha". */
const TRAILING_CODE = /(?<=[.!?…"“”»])\s+(?:\([^()]{1,60}\)|(?:\/\p{L}{1,6})+\/?)$/u;
/** Fewer than three words: a table cell, figures or a line of code, no sentence to judge ("10 Mrd. $", "GPU Preis B300"). */
export const isNoSentence = (text: string): boolean => (text.match(/\p{L}{2,}/gu)?.length ?? 0) < 3;

/** A line of a contact block: a phone number, an e-mail or web address, or "Pressekontakt". */
export function isContactLine(line: string): boolean {
  const text = line.trim();
  return PHONE.test(text) || EMAIL_OR_WEB.test(text) || LABELLED_CONTACT.test(text) || CONTACT_HEAD.test(text);
}

/** Why a unit ends an article without being a sentence, or undefined when it is ordinary text. */
export function endingKind(unit: string): string | undefined {
  const text = unit.trim().replace(/^[*_]+|[*_]+$/g, '');
  if (AGENCY_CODE.test(text) || AGENCY_NAME.test(text)) return 'agency code';
  if (BYLINE.test(text)) return 'byline';
  if (text.length <= 160 && COPYRIGHT.test(text)) return 'copyright line';
  if (TEASER_LINE.test(text)) return 'teaser';
  if (text.length <= 160 && SOURCE_LINE.test(text)) return 'source or credit line';
  const lines = unit.split('\n');
  if (lines.some(isContactLine) && lines.every((line) => line.length <= 80)) return 'contact block';
  return undefined;
}

/** A multi-page article's pager: "Seite 1 / 3", "Seite 2 von 5", in a short line of its own with its links ("Nächste Seite"). */
const PAGER = /(?<![\p{L}\p{N}])Seite\s+(\d{1,3})\s*(?:\/|von)\s*(\d{1,3})(?![\p{L}\p{N}])/iu;
const PAGER_LINE_LENGTH = 60;

/** The page this file is of a multi-page article, by the first pager among the source's units; undefined for one page. */
export function pageOfPages(
  units: readonly { text: string; lines?: [number, number] }[],
): { page: number; pages: number; line?: number } | undefined {
  for (const unit of units) {
    const text = unit.text.trim();
    const match = text.length <= PAGER_LINE_LENGTH && !SENTENCE_END.test(text) ? PAGER.exec(text) : null;
    if (!match) continue;
    const [page, pages] = [Number(match[1]), Number(match[2])];
    if (page >= 1 && page <= pages && pages > 1) return { page, pages, ...(unit.lines ? { line: unit.lines[0] } : {}) };
  }
  return undefined;
}

export interface EndingBlock {
  kind: string;
  text: string;
  /** True when the whole block is emphasis (Markdown *…*, HTML <em>): a closing note, not a sentence. */
  emphasised?: boolean;
}

/**
 * Whether the text breaks off: its last paragraph that is not an ending (agency code, source, credit or copyright
 * line, byline, contact block, closing emphasis, teaser, heading, or no sentence at all) stops mid-sentence.
 * Returns the reason.
 */
export function breaksOff(blocks: readonly EndingBlock[]): { truncated: boolean; reason: string } {
  const skipped: string[] = [];
  // A block of several paragraphs (an HTML <div> of <br><br>-separated texts) is judged paragraph by paragraph.
  const paragraphs = blocks.flatMap((block) =>
    block.kind === 'paragraph' && !block.emphasised ? block.text.split(/\n[ \t]*\n/).map((text) => ({ ...block, text })) : [block],
  );
  for (let index = paragraphs.length - 1; index >= 0; index -= 1) {
    const block = paragraphs[index]!;
    const text = block.text.trim().replace(CLOSING_MARK, '').replace(TRAILING_CODE, '');
    const ending = block.emphasised
      ? 'closing emphasis'
      : block.kind !== 'paragraph'
        ? block.kind
        : (endingKind(block.text) ?? (isNoSentence(text) ? 'no sentence (figures, a table cell or code)' : undefined));
    if (ending) {
      skipped.push(ending);
      continue;
    }
    const after = skipped.length ? ` (after it: ${[...new Set(skipped.reverse())].join(', ')})` : '';
    return SENTENCE_END.test(text)
      ? { truncated: false, reason: `complete: the last paragraph ends a sentence${after}` }
      : { truncated: true, reason: `cut off: the last paragraph stops mid-sentence${after}; pass --complete if it does not` };
  }
  return { truncated: false, reason: 'complete: no paragraph to judge' };
}

/**
 * "Quelle: dpa" → "dpa", "abc/dpa" and "dpa/lni" → "dpa", "London (dpa) - …" → "dpa": the publisher a closing line or a
 * dateline names. Of several agencies the last; initials of editors ("(ahe)", "jb/ahe") name no publisher.
 */
export function publisherFromEnding(unit: string): string | undefined {
  const text = unit.trim().replace(/^[*_]+|[*_]+$/g, '');
  const source = /^Quelle\s*:\s*([^.;\n]{1,60})$/u.exec(text);
  if (source) return source[1]!.trim();
  const codes = AGENCY_CODE.test(text) || AGENCY_NAME.test(text) ? text.replace(/[()]/g, '').split('/') : [];
  const dateline = AGENCY_DATELINE.exec(text)?.[1]?.split('/') ?? [];
  return [...codes, ...dateline].findLast((code) => AGENCY_NAME.test(code));
}
