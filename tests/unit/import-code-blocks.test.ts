/**
 * Code blocks of Markdown and HTML sources (`<pre>`, a ``` fence): the article keeps their lines and
 * spaces, MDX reads none of their characters as syntax, the page shows them as a `<pre>`, the content
 * check finds them word for word, and they are numbered like every other block. Plain text has no code blocks.
 */
import { describe, expect, it } from 'vitest';
import { readArticleBody } from '../../src/record/article-mdx.ts';
import { articleParagraphs } from '../../src/record/paragraphs.ts';
import { importText } from '../helpers/import-text.ts';
import { bodyOf, renderBody, textOf } from '../helpers/render-body.ts';

/** /tmp/impsweep/inputs/39-html-pre-code.html: a Python example in <pre><code> between two paragraphs. */
const HTML_PRE = `<article>
<h1>So nutzen Entwickler die OpenAI-API</h1>
<p>Ein Beispiel in Python zeigt, wie einfach der Einstieg ist:</p>
<pre><code>from openai import OpenAI
client = OpenAI()
print(client.models.list())</code></pre>
<p>Die Kosten liegen bei wenigen Cent pro Anfrage.</p>
</article>
`;
const PYTHON = 'from openai import OpenAI\nclient = OpenAI()\nprint(client.models.list())';

/** /tmp/impsweep/inputs/12-toml-fm.md, shortened: a table of figures aligned with spaces in a ``` fence. */
const MARKDOWN_FENCE = `Nvidia liefert neue Chips nach Europa

Die Nachfrage sei „enorm“, die Lieferzeiten lägen bei sechs Monaten.

\`\`\`
GPU   Preis
B300  40.000 $
\`\`\`

*Mit Material von dpa und Reuters.*
`;
const TABLE = 'GPU   Preis\nB300  40.000 $';

/** Code full of what MDX, JSX, Markdown and HTML read as syntax, a blank line, a fence of its own, indentation and a tab. */
const SYNTAX_CODE = [
  'const a = {b: "<div>"}; // {x}',
  '```js',
  '*nicht fett* und _nicht kursiv_ `kein code`',
  '',
  "import x from 'y'",
  'export const q = 1',
  '  eingerückt\tmit Tab',
  '&amp; [x](http://a.de) www.heise.de <b>x</b> # kein Titel',
  '\\ ende \\',
].join('\n');
const MARKDOWN_SYNTAX = `Ein Titel\n\nEin Absatz davor.\n\n~~~\n${SYNTAX_CODE}\n~~~\n\nEin Absatz danach.\n`;

describe('an HTML <pre><code> block', () => {
  it('becomes one preformatted block with its line breaks, and the content check passes', () => {
    const { prepared, problems } = importText(HTML_PRE, 'a.html');
    expect(prepared.blocks).toContainEqual({ kind: 'preformatted', text: PYTHON });
    expect(problems).toEqual([]);
  });

  it('shows its characters as written (references decoded), its blank lines at either end dropped, its first line keeping its indentation', () => {
    const html = '<p>Ein Absatz davor.</p>\n<pre>\n\n    &lt;div&gt; {x} `` *y*\n  zweite Zeile\n\n</pre>\n<p>Danach.</p>\n';
    const { prepared, problems } = importText(html, 'a.html');
    expect(prepared.blocks).toContainEqual({ kind: 'preformatted', text: '    <div> {x} `` *y*\n  zweite Zeile' });
    expect(problems).toEqual([]);
  });
});

describe('a Markdown code block', () => {
  it('keeps the spaces that align a table of figures, and the content check passes', () => {
    const { prepared, problems } = importText(MARKDOWN_FENCE, 'a.md');
    expect(prepared.blocks).toContainEqual({ kind: 'preformatted', text: TABLE });
    expect(problems).toEqual([]);
  });

  it('keeps MDX, JSX and Markdown syntax as text: written in a fence longer than any in the code, read back unchanged', () => {
    const { prepared, problems } = importText(MARKDOWN_SYNTAX, 'a.md');
    expect(prepared.blocks).toContainEqual({ kind: 'preformatted', text: SYNTAX_CODE });
    expect(prepared.mdx).toContain(`\n\n\`\`\`\`\n${SYNTAX_CODE}\n\`\`\`\`\n\n`);
    expect(readArticleBody(bodyOf(prepared.mdx))).toEqual(prepared.blocks.map(({ kind, text }) => ({ kind, text })));
    expect(problems).toEqual([]);
  });
});

describe('the page', () => {
  it.each([
    ['HTML', HTML_PRE, 'a.html', PYTHON],
    ['Markdown', MARKDOWN_FENCE, 'a.md', TABLE],
    ['Markdown with MDX syntax', MARKDOWN_SYNTAX, 'a.md', SYNTAX_CODE],
  ])('shows a code block of %s as a <pre> with its lines and spaces, numbered as the citations number it', (_format, text, name, code) => {
    const { prepared } = importText(text, name);
    const rendered = renderBody(prepared.mdx, prepared.frontmatter.lede);
    const pre = rendered.find((node) => node.type === 'pre');
    expect(pre).toBeDefined();
    expect(textOf(pre).replace(/\n$/, '')).toBe(code);
    const paragraphs = articleParagraphs(prepared.frontmatter.lede, bodyOf(prepared.mdx));
    const numbered = paragraphs.find((paragraph) => `p-${paragraph.number}` === pre!.props.id);
    expect(numbered).toMatchObject({ kind: 'preformatted', text: code.replace(/[ \t\n]+/g, ' ') });
    expect(rendered.map((node) => node.props.id)).toEqual(paragraphs.filter((p) => p.kind !== 'lede').map((p) => `p-${p.number}`));
  });
});

describe('plain text', () => {
  it('has no code blocks: fence lines are text of a paragraph, as before', () => {
    const text = 'Ein Titel\n\nEin Absatz davor.\n\n```\nGPU   Preis\nB300  40.000 $\n```\n\nEin Absatz danach.\n';
    const { prepared, problems } = importText(text, 'a.txt');
    expect(prepared.blocks.map((block) => block.kind)).not.toContain('preformatted');
    expect(prepared.blocks).toContainEqual({ kind: 'paragraph', text: '```\nGPU   Preis\nB300  40.000 $\n```' });
    expect(problems).toEqual([]);
  });
});
