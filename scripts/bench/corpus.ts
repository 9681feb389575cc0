/**
 * Deterministic synthetic corpus for the benchmark: German articles of 5–15 KB in the raw form the
 * importer takes (breadcrumb, title, publisher-and-date line, lede, sub-headings), one English summary
 * each, and about one entity per ten articles, mentioned throughout the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareImport } from '../../src/record/import-article.ts';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusFile {
  path: string;
  content: string | Uint8Array;
}

export interface Corpus {
  files: CorpusFile[];
  articles: number;
  entities: number;
  /** A word that occurs in most German articles, for the "first search" measurement. */
  commonWord: string;
  rareWord: string;
  /** What readers would type, at least 20: entity names, a first name, topic words, compounds and parts of them, rare words. */
  queries: string[];
}

const EN_WORDS = (
  'the company said its partnership with the cloud provider would grow as demand for computing power rose and investors ' +
  'expected new products while analysts questioned the costs of data centres chips and energy over the next years the board ' +
  'agreed to a structure that keeps research independent and lets customers build applications on models trained at scale'
).split(' ');

const SYLLABLES = [
  'ka',
  'ro',
  'ni',
  'ber',
  'lin',
  'mar',
  'to',
  'sen',
  'vi',
  'dal',
  'hu',
  'gen',
  'ti',
  'mo',
  'ra',
  'len',
  'dor',
  'fa',
  'wei',
  'ko',
];
const KINDS = ['person', 'organisation', 'product', 'service', 'place'] as const;

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function name(next: () => number, parts: number): string {
  return Array.from({ length: parts }, () => {
    const word = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(next, SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  }).join(' ');
}

/** A number in capital letters (0 → "A", 26 → "BA"): names stay unique and carry no figure, which the summaries' figure check would look for in the cited paragraph. */
function letters(number: number): string {
  return (number >= 26 ? letters(Math.floor(number / 26)) : '') + String.fromCharCode(65 + (number % 26));
}

/** The words of the raw sources in `folder` (the seeds give realistic lengths and umlauts), without all-capital ones. */
export function sourceVocabulary(folder: string): string[] {
  return readdirSync(folder)
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [])
    .filter((word) => !/^[\p{Lu}]+$/u.test(word));
}

/** `vocabulary`: German words to build sentences from (the seeds' own words give realistic lengths and umlauts). */
/** `vocabulary` gives the words; `splitCompound` cuts a German compound into its parts (the search index's splitter). */
export function generateCorpus(
  articleCount: number,
  vocabulary: string[],
  seed = 42,
  splitCompound: (word: string) => readonly string[] | undefined = () => undefined,
): Corpus {
  const next = random(seed);
  const words = vocabulary.filter((word) => word.length > 1);
  const entityCount = Math.max(5, Math.round(articleCount / 10));
  const entities = Array.from({ length: entityCount }, (_, index) => {
    const kind = KINDS[index % KINDS.length]!;
    const display = `${name(next, kind === 'person' ? 2 : 1)}${kind === 'organisation' ? ' Holding' : ''} ${letters(index)}`;
    return { id: `entity-${index}`, kind, display };
  });
  const files: CorpusFile[] = entities.map(({ id, kind, display }, index) => ({
    path: `entities/${id}.yaml`,
    content:
      [
        `kind: ${kind}`,
        `name: { de: "${display}", en: "${display}" }`,
        `description: { de: "Synthetischer Eintrag ${index}.", en: "Synthetic entry ${index}." }`,
        index > 0 ? `relations:\n  - to: entity-${index - 1}\n    role: { de: "verbunden mit", en: "linked to" }` : '',
      ].join('\n') + '\n',
  }));
  // Zipf-like popularity: a few entities are everywhere, most are rare.
  const entityFor = () => entities[Math.min(entityCount - 1, Math.floor(entityCount * next() ** 3))]!.display;
  const sentence = (mentionChance: number) => {
    const length = 8 + Math.floor(next() * 13);
    const parts = Array.from({ length }, () => pick(next, words));
    if (next() < mentionChance) parts.splice(1 + Math.floor(next() * (length - 2)), 0, entityFor());
    const text = parts.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(0.3)).join(' ');

  for (let index = 0; index < articleCount; index += 1) {
    const slug = `artikel-${String(index).padStart(5, '0')}`;
    const target = 5_000 + Math.floor(next() * 10_000);
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 2_500) * 86_400_000).toISOString().slice(0, 10);
    const lines = [
      'StartseiteArtikel',
      `${sentence(0.5).slice(0, -1)} ${index}`,
      `Testverlag ${day} 0${Math.floor(next() * 10)}:15`,
      paragraph(),
    ];
    let size = lines.join('\n\n').length;
    while (size < target) {
      const heading = `${name(next, 1)} und ${pick(next, words)} im Blick`;
      const block = [heading, paragraph(), paragraph(), paragraph()];
      lines.push(...block);
      size += block.join('\n\n').length;
    }
    const raw = new TextEncoder().encode(lines.join('\n\n') + '\n');
    const { mdx } = prepareImport(raw, `${slug}.txt`, { slug });
    files.push({ path: `sources/${slug}.txt`, content: raw }, { path: `articles/${slug}.mdx`, content: mdx });

    const english = (words = 10 + Math.floor(next() * 10)) => Array.from({ length: words }, () => pick(next, EN_WORDS)).join(' ');
    // A sentence begins with a capital letter, as in a real summary: the sentence an entity page quotes is then one
    // sentence, not the whole paragraph (a full stop before a small letter ends no sentence).
    const englishSentence = (words?: number) => english(words).replace(/^./, (first) => first.toUpperCase());
    // Every statement cites the article's first paragraph, as the build requires (src/record/statements.ts). The body's
    // 20 sentences of 13 to 17 words keep it within the 250 to 450 words the content check asks of a summary.
    const body = Array.from(
      { length: 4 },
      () =>
        Array.from(
          { length: 5 },
          () => `${englishSentence(13 + Math.floor(next() * 5))} ${next() < 0.4 ? entityFor() : ''}`.trim() + '.',
        ).join(' ') + ' <Cite p={[1]} />',
    );
    files.push({
      path: `summaries/${slug}.mdx`,
      content: `---\ntitle: "Summary ${index}: ${english().slice(0, 60)}"\narticle: ${slug}\nkeyPoints:\n${Array.from({ length: 4 }, () => `  - text: "${englishSentence()}."\n    cites: [1]`).join('\n')}\n---\n\n${body.join('\n\n')}\n`,
    });
  }
  const frequent = new Map<string, number>();
  for (const word of words) if (word.length >= 6 && /^\p{Ll}+$/u.test(word)) frequent.set(word, (frequent.get(word) ?? 0) + 1);
  const ranked = [...frequent].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const compounds = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([word]) => word)
    .filter((word) => (splitCompound(word)?.length ?? 0) > 1)
    .slice(0, 4);
  const queries = [
    ...entities.slice(0, 3).map(({ display }) => display),
    entities[3]!.display.split(' ')[0]!,
    ...ranked.slice(0, 8),
    ...compounds,
    // The last part of a compound, as a reader types "Leistung" to find "Rechenleistung".
    ...[...new Set(compounds.map((word) => splitCompound(word)!.at(-1)!))].filter((part) => part.length > 3).slice(0, 2),
    ...ranked.slice(-2),
  ];
  return { files, articles: articleCount, entities: entityCount, commonWord: ranked[0]!, rareWord: ranked.at(-1)!, queries };
}
