/**
 * Figures in English and German text, compared by value: "32.5%" is "32,5 Prozent", "ten billion" is
 * "zehn Milliarden", "130 billion US dollars" is "130 Milliarden US-Dollar", "a trillion" is "eine
 * Billion", "two to three years" is "zwei bis drei Jahre". Used to check that every figure of a summary
 * statement or timeline event stands in a paragraph it cites.
 */

export type FigureLang = 'en' | 'de';

export interface Figure {
  value: number;
  /** A percentage: matches only another percentage. */
  percent: boolean;
  /** As written, for messages. */
  text: string;
}

interface Token {
  kind: 'number' | 'word' | 'percent';
  /** Lowercased word, or the digits as written. */
  value: string;
  start: number;
  /** After the token, including the full stop of an abbreviation ("Mrd."). */
  end: number;
  /** A full stop follows the word. */
  dotted: boolean;
  /** What stands between the previous token and this one. */
  gap: string;
}

/** Decimal and thousands separators differ: 1,000.5 in English, 1.000,5 in German. */
const NUMBER: Record<FigureLang, string> = {
  en: String.raw`\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?`,
  de: String.raw`\d{1,3}(?:\.\d{3}(?!\d))+(?:,\d+)?|\d+(?:,\d+)?`,
};
const TOKEN: Record<FigureLang, RegExp> = {
  en: new RegExp(`(${NUMBER.en})|(%)|(\\p{L}+)`, 'gu'),
  de: new RegExp(`(${NUMBER.de})|(%)|(\\p{L}+)`, 'gu'),
};
/** A number glued to letters is a name ("H100"), not a figure. */
const LETTER_BEFORE = /\p{L}$/u;
/** Only blanks and hyphens may join a number to its magnitude or percent sign ("250-Milliarden-US-Dollar", "32,5 %"). */
const JOINING_GAP = /^[\s\u00A0\u202F\u2009\-\u2010\u2011]*$/u;

const EN_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const EN_NUMBERS: Record<string, number> = {
  zero: 0,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  half: 0.5,
  twice: 2,
};
/** "one" and "a" count only before a magnitude ("one billion", "a trillion"): elsewhere they are seldom figures. */
const EN_ONE = new Set(['one', 'a', 'an']);
const EN_MAGNITUDES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const EN_PERCENT = new Set(['percent']);

const DE_UNITS: Record<string, number> = { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const DE_TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const DE_NUMBERS: Record<string, number> = {
  null: 0,
  ...DE_UNITS,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  ...DE_TENS,
  hälfte: 0.5,
  halb: 0.5,
  halbe: 0.5,
  halben: 0.5,
  halber: 0.5,
  doppelt: 2,
  doppelte: 2,
  doppelten: 2,
};
/** Every inflection of "ein", counted only before a magnitude ("einer Milliarde"). */
const DE_ONE = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']);
const DE_MAGNITUDES: Record<string, number> = {
  hundert: 1e2,
  tausend: 1e3,
  tsd: 1e3,
  million: 1e6,
  millionen: 1e6,
  mio: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
  billion: 1e12,
  billionen: 1e12,
  bio: 1e12,
};
/** Abbreviations count only with their full stop ("Mrd."), so "Bio" in a compound is not a trillion. */
const DE_ABBREVIATIONS = new Set(['tsd', 'mio', 'mrd', 'bio']);
const DE_PERCENT = new Set(['prozent']);
/** "Dreifache", "zweimal", "fünfundzwanzig". */
const DE_MULTIPLE = /^(.+?)(?:fach(?:e|en|er|es|em)?|mal)$/u;
const DE_COMPOUND = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(.+)$/u;
const EN_FOLD = /^(.+)fold$/u;

function tokenize(text: string, lang: FigureLang): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN[lang])) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    let end = start + match[0].length;
    const dotted = text[end] === '.';
    if (match[1] !== undefined) {
      if (LETTER_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
      tokens.push({ kind: 'number', value: match[1], start, end, dotted, gap });
    } else if (match[2] !== undefined) {
      tokens.push({ kind: 'percent', value: '%', start, end, dotted, gap });
    } else {
      const word = match[3]!.toLowerCase();
      if (dotted && lang === 'de' && DE_ABBREVIATIONS.has(word)) end += 1;
      tokens.push({ kind: 'word', value: word, start, end, dotted, gap });
    }
    previousEnd = end;
  }
  return tokens;
}

function digitsValue(digits: string, lang: FigureLang): number {
  const [thousands, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  return Number(digits.split(thousands).join('').replace(decimal, '.'));
}

function germanWordValue(word: string): number | undefined {
  if (word in DE_NUMBERS) return DE_NUMBERS[word];
  const compound = DE_COMPOUND.exec(word);
  if (compound && compound[2]! in DE_TENS) return (compound[1] === 'ein' ? 1 : DE_UNITS[compound[1]!]!) + DE_TENS[compound[2]!]!;
  const multiple = DE_MULTIPLE.exec(word);
  if (multiple && multiple[1] !== 'ein') return germanWordValue(multiple[1]!);
  return undefined;
}

function englishWordValue(word: string): number | undefined {
  if (word in EN_NUMBERS) return EN_NUMBERS[word];
  const fold = EN_FOLD.exec(word);
  return fold ? EN_NUMBERS[fold[1]!] : undefined;
}

const joined = (token: Token | undefined): token is Token => token !== undefined && JOINING_GAP.test(token.gap);

function magnitudeOf(token: Token | undefined, lang: FigureLang): number | undefined {
  if (!joined(token) || token.kind !== 'word') return undefined;
  if (lang === 'en') return EN_MAGNITUDES[token.value];
  return DE_ABBREVIATIONS.has(token.value) && !token.dotted ? undefined : DE_MAGNITUDES[token.value];
}

/** Every figure in a text: numbers with their magnitude ("34,9 Milliarden"), percentages, number words. */
export function extractFigures(text: string, lang: FigureLang): Figure[] {
  const tokens = tokenize(text, lang);
  const ones = lang === 'en' ? EN_ONE : DE_ONE;
  const percents = lang === 'en' ? EN_PERCENT : DE_PERCENT;
  const figures: Figure[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    let value: number | undefined;
    if (token.kind === 'number') value = digitsValue(token.value, lang);
    else if (token.kind === 'word') {
      value = lang === 'en' ? englishWordValue(token.value) : germanWordValue(token.value);
      const unit = tokens[index + 1];
      // "twenty-five": a tens word joined to a unit word by a hyphen.
      if (lang === 'en' && value !== undefined && value >= 20 && unit?.gap === '-' && unit.value in EN_UNITS) {
        value += EN_UNITS[unit.value]!;
        index += 1;
      }
      if (value === undefined && ones.has(token.value) && magnitudeOf(tokens[index + 1], lang) !== undefined) value = 1;
    }
    if (value === undefined) continue;
    let end = tokens[index]!.end;
    for (let magnitude = magnitudeOf(tokens[index + 1], lang); magnitude !== undefined; magnitude = magnitudeOf(tokens[index + 1], lang)) {
      value *= magnitude;
      index += 1;
      end = tokens[index]!.end;
    }
    const next = tokens[index + 1];
    let percent = false;
    if (joined(next) && (next.kind === 'percent' || percents.has(next.value))) {
      percent = true;
      end = next.end;
      index += 1;
    } else if (lang === 'en' && joined(next) && next.value === 'per' && tokens[index + 2]?.value === 'cent') {
      percent = true;
      end = tokens[index + 2]!.end;
      index += 2;
    }
    figures.push({ value, percent, text: text.slice(token.start, end) });
  }
  return figures;
}

export function sameFigure(a: Pick<Figure, 'value' | 'percent'>, b: Pick<Figure, 'value' | 'percent'>): boolean {
  return a.percent === b.percent && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

/** The figures of a statement that stand in none of the German paragraphs it cites. */
export function missingFigures(statement: string, lang: FigureLang, germanParagraphs: readonly string[]): Figure[] {
  const available = germanParagraphs.flatMap((paragraph) => extractFigures(paragraph, 'de'));
  return extractFigures(statement, lang).filter((figure) => !available.some((candidate) => sameFigure(figure, candidate)));
}

export const GERMAN_MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

export interface StatedDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Whether a German text states a date to its precision: the year as a figure; a month by name
 * ("im November 2022") or in digits ("01.2023"); a day as "23. Januar" or "23.01.".
 */
export function statesDate(text: string, date: StatedDate): boolean {
  if (!extractFigures(text, 'de').some((figure) => sameFigure(figure, { value: date.year, percent: false }))) return false;
  if (date.month === undefined) return true;
  const name = `${GERMAN_MONTHS[date.month - 1]!}(?!\\p{L})`;
  const digits = `0?${date.month}\\.`;
  if (!new RegExp(`(?<!\\p{L})${name}|(?<!\\d)${digits}\\s*${date.year}`, 'u').test(text)) return false;
  if (date.day === undefined) return true;
  return new RegExp(`(?<!\\d)0?${date.day}\\.\\s*(?:${name}|${digits})`, 'u').test(text);
}
