import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../src/lib/content-check.ts';
import { decodeArticleText, firstInvalidUtf8Offset } from '../../src/lib/text-decoding.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
function read(folder: string): Map<string, string> {
  return new Map(readdirSync(join(CONTENT, folder)).map((name) => [`content/${folder}/${name}`, readFileSync(join(CONTENT, folder, name), 'utf8')]));
}
function files(): ContentFiles {
  return {
    articles: read('articles'),
    summaries: read('summaries'),
    entities: read('entities'),
    sources: new Map([...read('sources')].map(([path, text]) => [path.replace(/^.*\//, ''), text])),
  };
}

describe('checkContent', () => {
  it('passes on the committed content', () => expect(checkContent(files())).toEqual([]));

  it('names the source line an article lost or changed', () => {
    const content = files();
    const [path, text] = [...content.articles].find(([name]) => name.includes('microsoft-vertieft'))!;
    content.articles.set(path, text.replace('Supercomputer für OpenAIs KI-Modelle', 'Supercomputer für OpenAI’s KI-Modelle'));
    const problems = checkContent(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/content\/sources\/000_db88fdc0d8c3c3ba\.txt:5 is not in the article word for word: "Supercomputer für OpenAIs KI-Modelle"/);
  });

  it('reports a missing source file and an unknown summary article', () => {
    const content = files();
    content.sources.delete('004_c34021c74e7e4fa9.txt');
    const [path, text] = [...content.summaries][0]!;
    content.summaries.set(path, text.replace(/^article: .*$/m, 'article: nowhere'));
    const messages = checkContent(content).map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ''} ${problem.message}`);
    expect(messages.some((message) => /field "source": content\/sources\/004_c34021c74e7e4fa9\.txt is missing/.test(message))).toBe(true);
    expect(messages.some((message) => /content\/summaries\/.*\.mdx:3 field "article": there is no article "nowhere"/.test(message))).toBe(true);
  });

  it('reports a summary body outside 250–450 words', () => {
    const content = files();
    const [path, text] = [...content.summaries][0]!;
    content.summaries.set(path, text.replace(/\n---\n[\s\S]*$/, '\n---\n\nToo short.\n'));
    expect(checkContent(content).map((problem) => problem.message)).toContain('the body has 2 words; write 250 to 450');
  });

  it('reports malformed frontmatter with its line', () => {
    const content = files();
    content.articles.set('content/articles/broken.mdx', '---\ntitle: "ok"\npublisher: [unclosed\n---\n\nText\n');
    const problem = checkContent(content).find((item) => item.file === 'content/articles/broken.mdx')!;
    expect(problem.message).toMatch(/not valid YAML/);
    expect(problem.line).toBeGreaterThan(1);
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
