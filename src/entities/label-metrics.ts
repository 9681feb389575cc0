/** Advance widths of label text, estimated at build time (no browser, no font file) from a per-character table. */

/**
 * Widths in thousandths of an em of DejaVu Sans, regular and bold, for U+0020–U+007E and U+00A0–U+00FF,
 * as Chromium measures them. DejaVu Sans (the sans-serif of most Linux systems) is wider than the other
 * fonts of the site's sans stack (system-ui, San Francisco, Segoe UI, Roboto, Noto Sans), so a label
 * measured with it fits them all; the margin below covers kerning and hinting.
 */
const ASCII = {
  regular:
    '318 401 460 838 637 951 780 275 391 391 500 838 318 361 318 337 637 637 637 637 637 637 637 637 637 637 337 337 838 838 838 531 1000 685 687 699 771 632 576 775 752 295 295 656 558 863 749 788 604 788 695 635 611 732 685 989 686 611 686 391 337 391 838 500 500 613 635 550 635 616 353 635 634 278 278 580 278 975 634 612 635 635 412 521 393 634 592 818 592 592 525 637 337 637 838',
  bold: '349 457 521 838 696 1002 873 307 458 458 523 838 380 416 380 366 696 696 696 696 696 696 696 696 696 696 400 400 838 838 838 581 1000 774 763 734 831 684 684 821 837 373 373 775 638 996 837 851 733 851 771 721 683 813 774 1104 771 725 726 458 366 458 838 500 500 675 716 593 716 679 436 716 712 343 343 666 343 1042 712 688 716 716 494 596 479 712 652 924 646 652 583 712 366 712 838',
};
const LATIN1 = {
  regular:
    '318 401 637 637 637 637 337 500 500 1000 472 612 838 0 1000 500 500 838 401 401 500 637 637 318 500 401 472 612 970 970 970 531 685 685 685 685 685 685 975 699 632 632 632 632 295 295 295 295 775 749 788 788 788 788 788 838 788 732 732 732 732 611 605 630 613 613 613 613 613 613 982 550 616 616 616 616 278 278 278 278 612 634 612 612 612 612 612 838 612 634 634 634 634 592 635 592',
  bold: '349 457 696 696 637 696 366 500 500 1000 564 646 838 0 1000 500 500 838 438 438 500 736 637 380 500 438 564 646 1036 1036 1036 581 774 774 774 774 774 774 1085 734 684 684 684 684 373 373 373 373 838 837 851 851 851 851 851 838 851 813 813 813 813 725 738 720 675 675 675 675 675 675 1048 593 679 679 679 679 343 343 343 343 688 712 688 688 688 688 688 838 688 712 712 712 712 652 716 652',
};
/** Typographic quotes, dashes and the ellipsis (regular, bold): names are typed with them. */
const PUNCTUATION: Record<string, [number, number]> = {
  '–': [500, 500],
  '—': [1000, 1000],
  '‘': [318, 380],
  '’': [318, 380],
  '“': [519, 658],
  '”': [519, 658],
  '…': [1000, 1000],
};
/** Kerning, hinting and fonts a little wider than the table's. */
const MARGIN = 1.05;
/** Any other character (CJK, Cyrillic, symbols): a full em, the widest a text character usually gets. */
const OTHER = 1000;

const parse = (row: string) => row.split(' ').map(Number);
const TABLES = {
  regular: { ascii: parse(ASCII.regular), latin1: parse(LATIN1.regular) },
  bold: { ascii: parse(ASCII.bold), latin1: parse(LATIN1.bold) },
};

export type LabelWeight = keyof typeof TABLES;

function charWidth(char: string, weight: LabelWeight): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return TABLES[weight].ascii[code - 0x20]!;
  if (code >= 0xa0 && code <= 0xff) return TABLES[weight].latin1[code - 0xa0]!;
  const punctuation = PUNCTUATION[char];
  return punctuation ? punctuation[weight === 'regular' ? 0 : 1] : OTHER;
}

/** Estimated advance width of a text in ems, never less than the site's fonts draw it. */
export function textWidthEm(text: string, weight: LabelWeight = 'regular'): number {
  let width = 0;
  for (const char of text) width += charWidth(char, weight);
  return (width / 1000) * MARGIN;
}

/**
 * A label as one or two lines: a name wider than `maxEm` breaks at the space that makes its longer line
 * shortest (a name without spaces stays one line). The first line keeps the space, so the drawn text
 * still reads as words, and its width counts it.
 */
export function labelLines(text: string, maxEm: number, weight: LabelWeight = 'regular'): string[] {
  if (textWidthEm(text, weight) <= maxEm) return [text];
  let best: string[] = [text];
  let bestWidth = textWidthEm(text, weight);
  for (let index = text.indexOf(' '); index > 0; index = text.indexOf(' ', index + 1)) {
    const lines = [text.slice(0, index + 1), text.slice(index + 1)];
    const width = Math.max(...lines.map((line) => textWidthEm(line, weight)));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}
