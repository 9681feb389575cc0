/** The "mentioned in" lists lose no mention: each sentence once, on its entity's page in its text's language. */
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage } from '../helpers/dist.ts';
import { pageForPath } from '../../src/routing/urls.ts';

const pages = builtPages().map((url) => ({ url, parsed: pageForPath(url) }));
const documents = pages.filter(({ parsed }) => parsed?.ref.kind === 'document');
const entityPages = pages.flatMap(({ url, parsed }) =>
  parsed?.lang && parsed.ref.kind === 'entity' ? [{ url, lang: parsed.lang, id: parsed.ref.id }] : [],
);
/** A mention's anchor on its page: "mention-<entity>-<n>", or "lede-mention-<entity>-<n>" in an article's lede. */
const ANCHOR = /^(?:lede-)?mention-(.+)-\d+$/;

describe('"mentioned in" lists', () => {
  it('list every mention of every article and summary once, on the entity page in the language of its text', () => {
    const mentions: string[] = [];
    for (const { url } of documents) {
      const $ = loadPage(url);
      $('[id*="mention-"]').each((_, element) => {
        const match = ANCHOR.exec($(element).attr('id')!);
        if (match) mentions.push(`${match[1]} ${url}#${match[0]}`);
      });
    }
    const listed: string[] = [];
    for (const { url, lang, id } of entityPages) {
      const $ = loadPage(url);
      $('.mentioned-in li a').each((_, link) => {
        const href = $(link).attr('href')!;
        expect(href.startsWith(`/${lang}/`), `${url} lists ${href}`).toBe(true);
        listed.push(`${id} ${href}`);
      });
    }
    expect(mentions.length).toBeGreaterThan(50);
    expect(listed.sort()).toEqual(mentions.sort());
  });

  it("link each document's mentions in the other language to its group on that language's page, with their count", () => {
    let links = 0;
    for (const { url } of entityPages) {
      const $ = loadPage(url);
      $('.mentioned-in article .card-meta a[hreflang]').each((_, link) => {
        const [path, id] = $(link).attr('href')!.split('#') as [string, string];
        const $other = loadPage(path);
        const group = $other(`[id="${id}"]`);
        expect(group.length, `${url} → ${path}#${id}`).toBe(1);
        const sentences = group.find('li a').length;
        expect($(link).text(), `${url} → ${path}#${id}`).toMatch(new RegExp(`^${sentences} `));
        links += 1;
      });
    }
    expect(links).toBeGreaterThan(10);
  });

  it('link to the documents that name the entity only in the other language, with their count', () => {
    let links = 0;
    for (const { url } of entityPages) {
      const $ = loadPage(url);
      const link = $('.mentions-elsewhere a');
      if (link.length === 0) continue;
      const $other = loadPage(link.attr('href')!);
      const here = new Set(
        $('.mentioned-in article')
          .map((_, group) => $(group).attr('id'))
          .get(),
      );
      const onlyThere = $other('.mentioned-in article').filter((_, group) => !here.has($other(group).attr('id')!)).length;
      expect(link.text(), url).toMatch(new RegExp(`^${onlyThere} `));
      links += 1;
    }
    expect(links).toBeGreaterThan(3);
  });
});
