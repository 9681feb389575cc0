/** The bench's synthetic corpus obeys the content rules the build enforces, so `npm run bench` builds whatever the rules become. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, sourceVocabulary } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../src/checks/content-check.ts';
import type { ContentFiles } from '../../src/record/content-files.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { germanCompoundSplitter } from '../../scripts/search/german-compounds.ts';

describe('the bench corpus', () => {
  it('passes the content check the build runs (verbatim text, citations, figures, entities)', () => {
    const corpus = generateCorpus(300, sourceVocabulary(join(PROJECT, 'content', 'sources')));
    const files: ContentFiles = { articles: new Map(), summaries: new Map(), entities: new Map(), events: new Map(), sources: new Map() };
    const text = (content: string | Uint8Array) => (typeof content === 'string' ? content : new TextDecoder().decode(content));
    for (const { path, content } of corpus.files) {
      const [folder, name] = path.split('/') as [keyof ContentFiles, string];
      files[folder].set(folder === 'sources' ? name : `content/${path}`, text(content));
    }
    expect(files.articles.size).toBe(300);
    expect(files.summaries.size).toBe(300);
    expect(checkContent(files)).toEqual([]);
  }, 60_000);

  it('offers at least 20 distinct queries a reader would type: names, words of its texts, compounds and their last parts', () => {
    const corpus = generateCorpus(300, sourceVocabulary(join(PROJECT, 'content', 'sources')), 42, germanCompoundSplitter());
    expect(corpus.queries.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.queries).size).toBe(corpus.queries.length);
    const texts = corpus.files.map(({ content }) => (typeof content === 'string' ? content : new TextDecoder().decode(content))).join('\n');
    // Each query is in the corpus: as it stands, or (a compound's last part) inside a longer word.
    for (const query of corpus.queries) expect(texts.toLowerCase(), query).toContain(query.toLowerCase());
    const compoundParts = corpus.queries.filter((query) => !new RegExp(`(^|[^\\p{L}])${query}([^\\p{L}]|$)`, 'iu').test(texts));
    expect(compoundParts.length, 'queries found only inside compounds').toBeGreaterThan(0);
  }, 60_000);
});
