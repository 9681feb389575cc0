/** The importer's reading of whole HTML pages: where title, date, author and publisher come from, and the kicker above the headline. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/checks/content-check.ts';
import type { ArticleFrontmatter } from '../../src/record/article-mdx.ts';
import { prepareImport } from '../../src/record/import-article.ts';

/** Imports a page and runs the content check on the result against the same raw file. */
function importPage(html: string) {
  const name = 'page.html';
  const prepared = prepareImport(new TextEncoder().encode(html), name, { slug: 'x' });
  const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(prepared.mdx)![1]!) as ArticleFrontmatter;
  const problems = checkContent({
    articles: new Map([['content/articles/x.mdx', prepared.mdx]]),
    summaries: new Map(),
    entities: new Map(),
    events: new Map(),
    sources: new Map([[name, html]]),
  });
  return { prepared, data, problems };
}

const BODY = [
  '<p>Walldorf. Der Softwarekonzern SAP vertieft seine Zusammenarbeit mit OpenAI. Künftig sollen Kunden die Sprachmodelle direkt in der Unternehmenssoftware nutzen können.</p>',
  '<p>SAP-Chef Christian Klein sagte: „Wir wollen, dass jeder Mitarbeiter einen KI-Assistenten hat.“ Bis Ende 2027 sollen 80 Prozent der Kunden erreicht werden.</p>',
].join('\n');

/** A page without og: tags: line 1 doctype, line 2 head, `header` on line 4, `BODY` from line 5. */
const page = (head: string, header: string) =>
  `<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">${head}</head><body>\n<div id="main"><div class="article">\n${header}\n${BODY}\n</div></div>\n</body></html>\n`;

const JSON_LD =
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"KI-Boom: Warum SAP jetzt auf OpenAI setzt","datePublished":"2026-12-02T06:00:00+01:00","author":{"@type":"Person","name":"Larissa Holzki"},"publisher":{"name":"Handelsblatt"}}</script>';

describe('a whole page without og: tags', () => {
  it('takes title, date, author and publisher from its JSON-LD NewsArticle, and says so', () => {
    const { data, prepared, problems } = importPage(
      page(
        `<title>KI-Boom: Warum SAP jetzt auf OpenAI setzt - Handelsblatt</title>${JSON_LD}`,
        '<h1>KI-Boom: Warum SAP jetzt auf OpenAI setzt</h1>',
      ),
    );
    expect(data.title).toBe('KI-Boom: Warum SAP jetzt auf OpenAI setzt');
    expect(data.titleIsEditorial).toBeUndefined();
    expect(data.published).toBe('2026-12-02T06:00');
    expect(data.timeZone).toBe('+01:00');
    expect(data.author).toBe('Larissa Holzki');
    expect(data.publisher).toBe('Handelsblatt');
    expect(prepared.notes).toContain('title: "KI-Boom: Warum SAP jetzt auf OpenAI setzt" (the page\'s JSON-LD headline)');
    expect(prepared.notes).toContain("publisher: Handelsblatt (the page's JSON-LD publisher)");
    // The <h1> shows the title: it is not left out as "outside the article".
    expect(data.omitted ?? []).toEqual([]);
    expect(data.lede).toMatch(/^Walldorf\. Der Softwarekonzern/);
    expect(problems).toEqual([]);
  });

  it('takes its <h1> when no metadata names the title', () => {
    const { data, prepared, problems } = importPage(
      page('<title>SAP setzt auf OpenAI - Handelsblatt</title>', '<h1>KI-Boom: Warum SAP jetzt auf OpenAI setzt</h1>'),
    );
    expect(data.title).toBe('KI-Boom: Warum SAP jetzt auf OpenAI setzt');
    expect(prepared.notes).toContain('title: "KI-Boom: Warum SAP jetzt auf OpenAI setzt" (the page\'s <h1>)');
    expect(problems).toEqual([]);
  });

  it('takes its <title> without the site name when it has neither metadata nor an <h1>', () => {
    const { data, prepared, problems } = importPage(page('<title>KI-Boom: Warum SAP jetzt auf OpenAI setzt - Handelsblatt</title>', ''));
    expect(data.title).toBe('KI-Boom: Warum SAP jetzt auf OpenAI setzt');
    expect(data.titleIsEditorial).toBeUndefined();
    expect(prepared.notes).toContain(
      'title: "KI-Boom: Warum SAP jetzt auf OpenAI setzt" (the page\'s <title> "KI-Boom: Warum SAP jetzt auf OpenAI setzt - Handelsblatt" without the site name, as reader mode reads it)',
    );
    expect(problems).toEqual([]);
  });

  it('reports JSON-LD that is no valid JSON, naming its line, instead of ignoring it silently', () => {
    const { prepared } = importPage(
      page('<script type="application/ld+json">{"headline": "x",}</script>', '<h1>KI-Boom: Warum SAP jetzt auf OpenAI setzt</h1>'),
    );
    expect(prepared.notes.find((note) => note.startsWith('JSON-LD'))).toMatch(/^JSON-LD \(line 2\) is no valid JSON .*; not read/);
  });
});
