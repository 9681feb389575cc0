import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check.ts';
import { readContentFiles, type ContentFiles } from '../../src/record/content-files.ts';
import { formatProblem } from '../../src/record/problems.ts';
import { decodeArticleText, firstInvalidUtf8Offset } from '../../src/record/text-decoding.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
function files(): ContentFiles {
  return readContentFiles(CONTENT);
}

describe('checkContent', () => {
  it('passes on the committed content', () => expect(checkContent(files())).toEqual([]));

  it('names the source line an article lost or changed', () => {
    const content = files();
    const [path, text] = [...content.articles].find(([name]) => name.includes('microsoft-vertieft'))!;
    content.articles.set(path, text.replace('Supercomputer für OpenAIs KI-Modelle', 'Supercomputer für OpenAI’s KI-Modelle'));
    const problems = checkContent(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /content\/sources\/000_db88fdc0d8c3c3ba\.txt:5 is not in the article word for word: "Supercomputer für OpenAIs KI-Modelle"/,
    );
  });

  it('reports a missing source file and an unknown summary article', () => {
    const content = files();
    content.sources.delete('004_c34021c74e7e4fa9.txt');
    const [path, text] = [...content.summaries][0]!;
    content.summaries.set(path, text.replace(/^article: .*$/m, 'article: nowhere'));
    const messages = checkContent(content).map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ''} ${problem.message}`);
    expect(messages.some((message) => /field "source": content\/sources\/004_c34021c74e7e4fa9\.txt is missing/.test(message))).toBe(true);
    expect(messages.some((message) => /content\/summaries\/.*\.mdx:3 field "article": there is no article "nowhere"/.test(message))).toBe(
      true,
    );
  });

  it('reports a summary body outside 250–450 words', () => {
    const content = files();
    const [path, text] = [...content.summaries][0]!;
    content.summaries.set(path, text.replace(/\n---\n[\s\S]*$/, '\n---\n\nToo short.\n'));
    expect(checkContent(content).map((problem) => problem.message)).toContain('the body has 2 words; write 250 to 450');
  });

  it("reports what an entity, event or summary file breaks in its collection's schema: file, line, field and fix", () => {
    const content = files();
    const entity = 'content/entities/sam-altman.yaml';
    content.entities.set(
      entity,
      content.entities.get(entity)!.replace('kind: person', 'kind: persn\nborn: 1985').replace('en: ["Altman"]', 'en: [""]'),
    );
    const event = 'content/events/2021-zweite-finanzierungsrunde.yaml';
    content.events.set(
      event,
      content.events.get(event)!.replace('date: "2021"', 'date: 2021').replace('paragraphs: [1]', 'paragraphs: one'),
    );
    const summary = 'content/summaries/altman-nadella-gespraech-nach-umstrukturierung.mdx';
    content.summaries.set(summary, content.summaries.get(summary)!.replace(/^title: .*$/m, 'title: ""'));
    expect(checkContent(content).map(formatProblem)).toEqual([
      `${summary}:2: field "title": title must not be empty`,
      `${entity}:1: field "kind": use one of: person, organisation, public-body, product, service, place`,
      `${entity}:8: field "aliases.en.0": an alias must not be empty`,
      `${entity}:2: field "born": not a field here; remove it or correct its spelling`,
      `${event}:1: field "date": write the date as a quoted string: "2019", "2022-11" or "2023-01-23"`,
      `${event}:11: field "cite.paragraphs": list the German paragraphs it rests on, e.g. [12, 14]`,
    ]);
  });

  it('reports malformed frontmatter with its line', () => {
    const content = files();
    content.articles.set('content/articles/broken.mdx', '---\ntitle: "ok"\npublisher: [unclosed\n---\n\nText\n');
    const problem = checkContent(content).find((item) => item.file === 'content/articles/broken.mdx')!;
    expect(problem.message).toMatch(/not valid YAML/);
    expect(problem.line).toBeGreaterThan(1);
  });
});

describe('citations and figures (npm run check)', () => {
  const SUMMARY = 'content/summaries/altman-nadella-gespraech-nach-umstrukturierung.mdx';
  const edit = (content: ContentFiles, map: 'summaries' | 'events', path: string, from: string | RegExp, to: string) => {
    const text = content[map].get(path)!;
    expect(text).toMatch(from);
    content[map].set(path, text.replace(from, to));
  };
  const messages = (content: ContentFiles) => checkContent(content).map((problem) => `${problem.file}: ${problem.message}`);

  it('names the file, the key point and the figure that no cited paragraph gives', () => {
    const content = files();
    edit(content, 'summaries', SUMMARY, 'about 32.5% of OpenAI', 'about 33.5% of OpenAI');
    expect(messages(content)).toEqual([
      `${SUMMARY}: key point 3 ("Microsoft holds about 33.5% of OpenAI, worth about 135 bill…"): "33.5%" stands in none of its cited paragraphs (p-30); cite the paragraph that gives it, or correct the figure`,
    ]);
  });

  it('names a body paragraph whose figure stands in an uncited paragraph', () => {
    const content = files();
    edit(content, 'summaries', SUMMARY, '<Cite p={[7, 8, 9]} />', '<Cite p={[7, 9]} />');
    expect(messages(content)).toEqual([
      `${SUMMARY}: body paragraph 2 ("In 2019, OpenAI was still a non-profit that urgently needed…"): "one billion" stands in none of its cited paragraphs (p-7, p-9); cite the paragraph that gives it, or correct the figure`,
    ]);
  });

  it('names a citation to a paragraph the article lacks, an uncited paragraph and a key point in the old form', () => {
    const content = files();
    edit(content, 'summaries', SUMMARY, 'cites: [21]', 'cites: [999]');
    edit(content, 'summaries', SUMMARY, ' <Cite p={[7, 8, 9]} />', '');
    const found = messages(content);
    expect(found).toContain(`${SUMMARY}: key point 2 cites paragraph 999, but the article has paragraphs p-1 to p-79; cite one of those`);
    expect(found).toContain(
      `${SUMMARY}: body paragraph 2 cites no paragraph; end it with <Cite p={[12, 14]} /> naming the German paragraphs it rests on`,
    );
    const old = files();
    edit(old, 'summaries', SUMMARY, /keyPoints:\n[\s\S]*?\n---/, 'keyPoints:\n  - "A plain string."\n---');
    expect(messages(old)).toContain(`${SUMMARY}: field "keyPoints.0": write each key point as text: "…" and cites: [12, 14]`);
  });

  it('counts summary words without the citations', () => {
    const content = files();
    const text = content.summaries.get(SUMMARY)!;
    content.summaries.set(
      SUMMARY,
      text.replace(
        /<Cite p=\{\[[\d, ]+\]\} \/>/g,
        (cite) => `${cite} ${cite} ${cite} ${cite} ${cite} ${cite} ${cite} ${cite} ${cite} ${cite}`,
      ),
    );
    expect(messages(content)).toEqual([]);
  });

  const EVENT = 'content/events/2022-11-chatgpt-veroeffentlicht.yaml';

  it('names an event whose date its cited paragraph does not state, and suggests datedBy: publication', () => {
    const content = files();
    edit(content, 'events', EVENT, 'date: "2022-11"', 'date: "2022-12"');
    expect(messages(content)).toEqual([
      `${EVENT}: field "date": 2022-12 stands in none of its cited paragraphs (p-56); cite the paragraph that states it, or set datedBy: publication when the text says "this week"`,
    ]);
  });

  it('names an event figure missing from its cited paragraph, per field and language', () => {
    const content = files();
    edit(content, 'events', EVENT, '100 Millionen monatliche', '200 Millionen monatliche');
    expect(messages(content)).toEqual([
      `${EVENT}: field "text.de": "200 Millionen" stands in none of its cited paragraphs (p-56); cite the paragraph that gives it, or correct the figure`,
    ]);
  });

  it('refuses an event dated by an editorial publication date, an unknown paragraph and an unknown entity', () => {
    const content = files();
    const path = 'content/events/2021-zweite-finanzierungsrunde.yaml';
    edit(content, 'events', path, 'date: "2021"', 'date: "2023"\ndatedBy: publication');
    edit(content, 'events', path, 'paragraphs: [1]', 'paragraphs: [1, 99]');
    edit(content, 'events', path, 'entities: [microsoft, openai]', 'entities: [microsoft, nobody]');
    expect(messages(content)).toEqual([
      `${path}: field "cite.paragraphs": paragraph 99 does not exist; the article has paragraphs p-1 to p-17`,
      `${path}: field "entities": there is no entity "nobody"; use the file name of an entity in content/entities/`,
      `${path}: datedBy: publication, but the article's date 2023-01-23 was inferred by the editors; date the event by its text`,
    ]);
  });
});

describe('decodeArticleText', () => {
  it('finds the offset of the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('Größe'))).toBe(-1);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0x41, 0xc3, 0x28]))).toBe(1);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0xf0, 0x9f, 0xa4]))).toBe(0);
  });
  it('accepts a byte-order mark, emoji and CJK, and keeps the mark for normaliseNewlines to remove', () => {
    expect(decodeArticleText(new TextEncoder().encode('\uFEFFKI 🤖 新智元'))).toBe('\uFEFFKI 🤖 新智元');
  });
});
