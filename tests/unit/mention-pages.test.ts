/** Paging an entity's "mentioned in" list by document, alike in both languages. */
import { describe, expect, it } from 'vitest';
import { MENTIONING_DOCUMENTS_PER_PAGE, mentionPages, mentionsByDocument } from '../../src/page/mention-pages.ts';
import type { Lang } from '../../src/routing/urls.ts';

const record = (n: number) => ({ entityId: 'e', anchor: `mention-e-${n}`, sentence: `Satz ${n}.` });
const text = (lang: Lang, slug: string, count: number) => ({
  page: { lang, slug },
  records: Array.from({ length: count }, (_, index) => record(index + 1)),
});

describe('mentionsByDocument', () => {
  it("joins an article's and its summary's mentions into one document, in the order documents first appear", () => {
    const documents = mentionsByDocument([text('de', 'a', 3), text('en', 'a', 1), text('en', 'b', 2), text('de', 'c', 1)]);
    expect(documents.map(({ slug, byLang }) => [slug, byLang.de?.records.length, byLang.en?.records.length])).toEqual([
      ['a', 3, 1],
      ['b', undefined, 2],
      ['c', 1, undefined],
    ]);
  });

  it('refuses a text listed twice', () => {
    expect(() => mentionsByDocument([text('de', 'a', 1), text('de', 'a', 2)])).toThrow('the de text of "a" is listed twice');
  });
});

describe('mentionPages', () => {
  it('pages documents, not texts: both languages have the same pages', () => {
    const many = Array.from({ length: MENTIONING_DOCUMENTS_PER_PAGE + 1 }, (_, index) => [
      text('de', `d${index}`, 1),
      text('en', `d${index}`, 1),
    ]).flat();
    const pages = mentionPages(mentionsByDocument(many));
    expect(pages.map((page) => page.length)).toEqual([MENTIONING_DOCUMENTS_PER_PAGE, 1]);
    expect(pages[1]![0]!.slug).toBe(`d${MENTIONING_DOCUMENTS_PER_PAGE}`);
  });

  it('gives an entity nothing mentions one empty page', () => {
    expect(mentionPages([])).toEqual([[]]);
  });
});
