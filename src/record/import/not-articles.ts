/** Files that hold an article but are none as they stand (a browser's MHTML archive, an e-mail with its header, an XML feed item): refused with where and the fix. */
import { InputRefusal } from '../text-decoding.ts';

/** The 1-based line of the first match of `pattern` in `lines`, or undefined. */
const lineOf = (lines: string[], pattern: RegExp): number | undefined => {
  const index = lines.findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
};

/** A MIME archive: its first block of header lines declares MIME or a multipart body (MHTML, an .eml file). */
function refuseMime(lines: string[]): void {
  const headerEnd = lines.findIndex((line) => line.trim() === '');
  const header = lines.slice(0, headerEnd < 0 ? lines.length : headerEnd);
  if (!header.some((line) => /^(?:MIME-Version:|Content-Type:\s*multipart\/)/i.test(line))) return;
  const encoding = lineOf(lines, /^Content-Transfer-Encoding:\s*(?:quoted-printable|base64)/i);
  const how = encoding
    ? `its HTML is encoded (line ${encoding}: ${lines[encoding - 1]!.trim()}), so the page would read "verl=C3=A4ngert" for "verlängert"`
    : 'its page is one part of several';
  throw new InputRefusal(
    `line ${lineOf(header, /^(?:MIME-Version:|Content-Type:)/i)}: the file is a MIME archive (MHTML, a browser's "Webpage, Single File", or an e-mail) and ${how}; save the page as "Webpage, HTML only" (.html) and import that`,
  );
}

/** Header fields of an e-mail as mail programs write them, in German and English. */
const MAIL_FIELD = /^(?:Von|From|Gesendet|Sent|Datum|Date|An|To|Cc|Betreff|Subject):[ \t]/i;
/** Fields only a sent e-mail has (a newsletter saved with its subject and sender has neither). */
const MAIL_ONLY_FIELD = /^(?:Gesendet|Sent|An|To|Cc):[ \t]/i;
/** The line a mail program puts above a forwarded or quoted message. */
const FORWARD_LINE = /^\s*-{3,}\s*(?:Ursprüngliche Nachricht|Original Message|Weitergeleitete Nachricht|Forwarded message)\s*-{3,}\s*$/i;

/** An e-mail: a header of its own fields at the top (a sender and a recipient or sending time), or a forwarded message. */
function refuseMail(lines: string[]): void {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return;
  let end = first;
  while (end < lines.length && MAIL_FIELD.test(lines[end]!)) end += 1;
  const header = lines.slice(first, end);
  const sent =
    header.length >= 2 && header.some((line) => /^(?:Von|From):/i.test(line)) && header.some((line) => MAIL_ONLY_FIELD.test(line));
  const forward = lineOf(lines, FORWARD_LINE);
  if (!sent && forward === undefined) return;
  // The forwarded text starts after the last header block: the first line with text after it.
  let last = -1;
  lines.forEach((line, index) => {
    if (MAIL_FIELD.test(line)) last = index;
  });
  const start = lines.findIndex((line, index) => index > last && line.trim() !== '');
  const where = sent
    ? `lines ${first + 1}–${end}: an e-mail's header (${header.map((line) => line.split(':')[0]).join(', ')})`
    : `line ${forward}: a forwarded e-mail`;
  throw new InputRefusal(
    `${where}; the importer would publish its header, its addresses and any cover note, and the raw file is published beside the article as it is: save the article's text alone${start >= 0 ? ` (it seems to start on line ${start + 1})` : ''} to a file and import that`,
  );
}

/** The root element of a feed or feed item, after an XML declaration and comments: RSS, Atom, RDF. */
const FEED_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(rss|feed|item|entry|rdf:RDF)[\s>]/i;
const FEED_NAMES: Record<string, string> = {
  rss: 'RSS <rss> feed',
  feed: 'Atom <feed>',
  item: 'RSS <item>',
  entry: 'Atom <entry>',
  'rdf:rdf': 'RSS 1.0 <rdf:RDF> feed',
};

/** An XML feed or feed item, whose article is HTML inside it (content:encoded, <content>). */
function refuseFeed(text: string): void {
  const match = FEED_ROOT.exec(text);
  if (!match) return;
  const line = text.slice(0, match.index + match[0].length).split('\n').length;
  throw new InputRefusal(
    `line ${line}: the file is an ${FEED_NAMES[match[1]!.toLowerCase()]} (XML), not an article; write the item's content:encoded (Atom: <content>) to an .html file, with its <title>, <pubDate> and <link> as front matter (title:, date:, url:), and import that`,
  );
}

/** Refuses `text` (the decoded file, newlines normalised) when it is no article as it stands. */
export function refuseNonArticle(text: string): void {
  const lines = text.split('\n');
  refuseMime(lines);
  refuseFeed(text);
  refuseMail(lines);
}
