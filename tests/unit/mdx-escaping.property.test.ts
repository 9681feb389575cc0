/**
 * Property tests of the importer's MDX escaping through the real MDX compiler (Sätteri, with the
 * features astro.config.mjs sets) and the entity-linking plugin: for generated text full of Markdown,
 * MDX, HTML and JSX syntax, the compile never fails and the page shows exactly the source's
 * characters (after the browser's whitespace folding), with no element the source did not ask for.
 * The same holds for generated Markdown and HTML documents: the page shows the source's text content
 * (what a browser shows of it), block by block, apart from the lines the article records as omitted.
 * The seed is the day's (UTC) unless FUZZ_SEED gives one, so each day's runs try other cases than the day before's;
 * a failure prints its seed, and FUZZ_SEED=<seed> runs those cases again. FUZZ_RUNS sets the number of cases
 * (default 2,000 over the properties).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entityLinks } from '../../src/markdown/entity-links.ts';
import { externalLinks } from '../../src/markdown/external-links.ts';
import { readSource } from '../../src/record/import/source.ts';
import { documentMentions } from '../../src/catalog/mentions.ts';
import { mentionMatcher, readEntityFolder } from '../../src/entities/entity-files.ts';
import { articleToMdx, type ArticleFrontmatter } from '../../src/record/article-mdx.ts';
import { checkContent } from '../../src/checks/content-check.ts';
import { prepareImport } from '../../src/record/import-article.ts';
import { readPublisherDate, sourceBlocks, type ArticleBlock } from '../../src/record/raw-article.ts';
import { InputRefusal } from '../../src/record/text-decoding.ts';
import { foldWhitespace } from '../../src/record/verbatim.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const SEED = Number(process.env['FUZZ_SEED'] ?? new Date().toISOString().slice(0, 10).replaceAll('-', ''));
/** Whole articles cost about three times a block list; they get a fifth of the runs. */
const ARTICLE_RUNS = Math.max(1, Math.round(RUNS / 5));
const BLOCK_RUNS = RUNS - ARTICLE_RUNS;
/** Markdown and HTML documents pass through three parsers (import, content check, this test): a twentieth each. */
const MARKUP_RUNS = Math.max(1, Math.round(RUNS / 20));
/** About 2 ms a case on one busy core, with room to spare for long runs. */
const TIMEOUT = 60_000 + RUNS * 10;

const entityPlugin = entityLinks(join(PROJECT, 'content'));
/** The catalog's matcher for the same entities: it must find the mentions the plugin links. */
const GERMAN = mentionMatcher(readEntityFolder(join(PROJECT, 'content')).entities, 'de');
/** The plugin picks the language from the file's folder: content/articles/ is German. */
const ARTICLE_URL = pathToFileURL(join(PROJECT, 'content', 'articles', 'fuzz.mdx'));

interface Element {
  type: unknown;
  props: { children?: unknown; [key: string]: unknown };
}
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] });

function children(node: Element): unknown[] {
  const value = node.props.children;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (Array.isArray(node)) return node.map(textOf).join('');
  // A line break shows as one: whitespace, as the browser folds it.
  if (typeof node === 'object' && 'props' in node && (node as Element).type === 'br') return '\n';
  if (typeof node === 'object' && 'props' in node)
    return children(node as Element)
      .map(textOf)
      .join('');
  return String(node);
}

/** What an element is, as far as the page is concerned: "p", "h2", "p.teaser", "a#mention" (an entity link, known by its anchor), … */
function describeElement(node: Element): string {
  if (node.type === Fragment) return 'fragment';
  if (node.type === 'a' && /^(lede-)?mention-/.test(String(node.props['id'] ?? ''))) return 'a#mention';
  const className = node.props['class'] ?? node.props['className'];
  const classes = Array.isArray(className) ? className.join('.') : className;
  return classes ? `${String(node.type)}.${String(classes)}` : String(node.type);
}

/** Elements inside a block that add no text of their own: entity links, mention anchors, autolink breaks. */
const INLINE_ALLOWED = new Set(['a#mention', 'span.mention', 'fragment']);

function unexpectedInline(node: unknown, found: string[]): string[] {
  if (node && typeof node === 'object' && 'props' in node) {
    const element = node as Element;
    const kind = describeElement(element);
    if (!INLINE_ALLOWED.has(kind)) found.push(kind);
    for (const child of children(element)) unexpectedInline(child, found);
  } else if (Array.isArray(node)) {
    for (const child of node) unexpectedInline(child, found);
  }
  return found;
}

interface RenderedBlock {
  kind: string;
  text: string;
  /** Elements inside the block other than entity links and mention anchors. */
  inline: string[];
}

/** Compiles and runs MDX as Astro would (same features, the entity plugin) and returns the top-level blocks. */
/** Ids of the entity links and mention anchors under a node, in page order. */
function mentionAnchors(node: unknown, found: string[]): string[] {
  if (Array.isArray(node)) for (const child of node) mentionAnchors(child, found);
  else if (node && typeof node === 'object' && 'props' in node) {
    const element = node as Element;
    if (['a#mention', 'span.mention'].includes(describeElement(element))) found.push(String(element.props['id']));
    for (const child of children(element)) mentionAnchors(child, found);
  }
  return found;
}

function render(mdx: string): { blocks: RenderedBlock[]; anchors: string[] } {
  // What Astro's MDX processor hands every compile.
  const data = {
    astro: {
      frontmatter: {} as Record<string, unknown>,
      headings: [],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  };
  const module = evaluate(mdx, {
    Fragment,
    jsx,
    jsxs: jsx,
    features: { smartPunctuation: false },
    hastPlugins: [entityPlugin, externalLinks()],
    fileURL: ARTICLE_URL,
    data,
  }) as { default: (props: object) => unknown };
  const tree = module.default({});
  const top = (tree as Element).type === Fragment ? children(tree as Element) : [tree];
  // A list's items, a quote's paragraphs and a table's cells are blocks of their own: each a unit of the source.
  const unwrap = (node: unknown): unknown[] => {
    if (typeof node !== 'object' || node === null || !('props' in node)) return [node];
    const element = node as Element;
    if (['ul', 'ol', 'blockquote', 'table', 'thead', 'tbody', 'tr'].includes(describeElement(element)))
      return children(element).flatMap(unwrap);
    if (describeElement(element) !== 'li') return [node];
    const own = children(element).filter(
      (child) => !(child && typeof child === 'object' && ['ul', 'ol'].includes(describeElement(child as Element))),
    );
    const sub = children(element).filter((child) => !own.includes(child));
    return [{ ...element, props: { ...element.props, children: own } }, ...sub.flatMap(unwrap)];
  };
  const blocks = top
    .flatMap(unwrap)
    .filter((node) => !(typeof node === 'string' && foldWhitespace(node) === ''))
    .map((node) => {
      if (typeof node !== 'object' || node === null || !('props' in node))
        return { kind: `text:${JSON.stringify(node)}`, text: textOf(node), inline: [] };
      const element = node as Element;
      return {
        kind: describeElement(element),
        text: textOf(element),
        inline: children(element).flatMap((child) => unexpectedInline(child, [])),
      };
    });
  return { blocks, anchors: mentionAnchors(tree, []) };
}

const HTML_KIND: Record<ArticleBlock['kind'], string> = {
  paragraph: 'p',
  heading: 'h2',
  subheading: 'h3',
  teaser: 'p.teaser',
  preformatted: 'pre',
  item: 'li',
  quote: 'p',
  cell: 'td',
};

/** Pieces that are syntax somewhere in Markdown, GFM, MDX, JSX or HTML, or that a parser could lose. */
const SYNTAX = [
  'export ',
  'import ',
  'export',
  'import',
  'export const a = 1',
  'import x from "y"',
  'exports',
  'Export ',
  '{',
  '}',
  '{a}',
  '{/* */}',
  '<',
  '>',
  '<div>',
  '</div>',
  '<>',
  '</>',
  '<></>',
  '<b>x</b>',
  '<!-- x -->',
  '<br/>',
  '<Foo />',
  '&',
  '&amp;',
  '&lt;',
  '&#101;',
  '&#x41;',
  '&nbsp;',
  '&copy',
  ';',
  '\\',
  '\\\\',
  '\\*',
  '\\\n',
  '[x]: /url',
  '[x]',
  '[^1]',
  '[^1]: Fußnote',
  '![bild](a.png)',
  '[link](http://a.de)',
  '](',
  '[',
  ']',
  '(',
  ')',
  'www.',
  'WWW.',
  'www.heise.de',
  'https://',
  'http://',
  'HTTPS://',
  'https://example.com/a?a=1&b=2',
  'https://de.wikipedia.org/wiki/Pfad_(Klammer)',
  '<https://a.de>',
  'ftp://x.y',
  'mailto:',
  'xmpp:',
  'redaktion@heise.de',
  '@',
  'a@b',
  '://',
  'www.a.de/x_y_',
  '|',
  '|a|b|',
  '| --- |',
  '---',
  '***',
  '___',
  '===',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '`',
  '``',
  '```',
  '~~~',
  '#',
  '## ',
  '> ',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '1) ',
  '2019.',
  '10)',
  ':',
  ': ',
  '$',
  '$$',
  '^',
  '^2^',
  '=',
  '+',
  '-',
  '.',
  '!',
  '?',
  ',',
  '"',
  "'",
  '%',
  '\t',
  '  ',
  '    ',
  '\u00A0',
  '\u00AD',
  '\u200B',
  '\u200D',
  '\u2028',
  '\u2029',
  '\u3000',
  '\u2003',
  '\uFEFF',
  '\f',
  '\v',
  '\u0085',
  '\u0080',
  '\u009F',
  '中文',
  '新智元',
  'مرحبا',
  'שלום',
  '\u202E',
  '🤖',
  '👩‍💻',
  '🇩🇪',
  'é',
  'ß',
  '„',
  '“',
  '»',
  '«',
  '…',
  '–',
  '—',
  'Microsoft',
  'Microsofts',
  'OpenAI',
  'OpenAIs',
  'Satya Nadella',
  'Sam Altman',
  'Azure',
  'ChatGPT',
  'Wort',
  'Zeile',
  'Uhr',
  '12.03.2025',
  'a',
  'Z',
  ' ',
  ' ',
];

/** Every character the importer accepts inside a line (it refuses other C0 controls and DEL; CR and LF end lines). */
const ACCEPTED_CHAR = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }))
  .filter((char) => !/[\u0000-\u0008\u000A\u000D-\u001F\u007F]|\p{Cs}/u.test(char));

const piece = fc.oneof({ arbitrary: fc.constantFrom(...SYNTAX), weight: 4 }, { arbitrary: ACCEPTED_CHAR, weight: 1 });
const rawLine = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join('').replace(/\n/g, ' '));

/** A block as the parser hands it over: lines trimmed of ASCII blanks, none empty. */
const line = rawLine.map((text) => text.replace(/^[ \t]+|[ \t]+$/g, '')).filter((text) => text.length > 0);
const block: fc.Arbitrary<ArticleBlock> = fc.oneof(
  {
    arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => ({ kind: 'paragraph' as const, text: lines.join('\n') })),
    weight: 6,
  },
  { arbitrary: line.map((text) => ({ kind: 'heading' as const, text })), weight: 1 },
  { arbitrary: line.map((text) => ({ kind: 'subheading' as const, text })), weight: 1 },
  { arbitrary: line.map((text) => ({ kind: 'teaser' as const, text })), weight: 1 },
);

const FRONTMATTER: ArticleFrontmatter = { title: 'Fuzz', publisher: 'unknown', source: 'fuzz.txt' };

describe('MDX escaping through the real compiler', () => {
  it(
    `shows every character of ${BLOCK_RUNS} generated block lists exactly once, in blocks of the right kind`,
    () => {
      fc.assert(
        fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
          const mdx = articleToMdx(FRONTMATTER, blocks);
          const { blocks: rendered, anchors } = render(mdx);
          // The catalog finds, from the source text alone, exactly the mentions the plugin links and anchors.
          const mentions = documentMentions(mdx, GERMAN);
          expect(mentions.map(({ anchor }) => anchor)).toEqual(anchors);
          expect(rendered.map(({ kind }) => kind)).toEqual(blocks.map(({ kind }) => HTML_KIND[kind]));
          // The entity pages quote each mention's sentence: it is text of the page, nothing of the markup.
          const texts = rendered.map(({ text }) => foldWhitespace(text));
          for (const { sentence } of mentions) {
            expect(
              texts.some((text) => text.includes(foldWhitespace(sentence))),
              sentence,
            ).toBe(true);
          }
          expect(rendered.map(({ text }) => foldWhitespace(text))).toEqual(blocks.map(({ text }) => foldWhitespace(text)));
          expect(rendered.flatMap(({ inline }) => inline)).toEqual([]);
        }),
        { numRuns: BLOCK_RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  /** Header lines the parser recognises, so that generated articles take every path through it. */
  const headerLine = fc.oneof(
    fc.constantFrom(
      'StartseiteArtikel',
      'Startseite › Technik › KI',
      'Heise Online 05.03.2024, 14:30 Uhr',
      '新智元2025-11-03 08:20',
      'Von Anna Schmidt — 12.03.2025, 14:05 Uhr',
      'Von Jan Berg - 1. März 2024',
      'Weiterlesen: mehr dazu',
      'Was ist ChatGPT?',
      'Eine Zwischenüberschrift',
    ),
    rawLine,
  );
  const rawArticle = fc
    .tuple(
      fc.array(headerLine, { maxLength: 3 }),
      fc.array(fc.array(rawLine, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([header, paragraphs, newline, blankLines, bom]) => {
      const lines = [...header.map((text) => [text]), ...paragraphs];
      const text = lines.map((group) => group.join(newline)).join(blankLines ? newline + newline : newline);
      return (bom ? '\uFEFF' : '') + text + newline;
    })
    .filter((text) => sourceBlocks(text).length > 0);

  it(
    `imports ${ARTICLE_RUNS} generated raw articles into pages that show every source unit in order`,
    () => {
      fc.assert(
        fc.property(rawArticle, (raw) => {
          let mdx: string;
          try {
            ({ mdx } = prepareImport(new TextEncoder().encode(raw), 'fuzz.txt', { slug: 'fuzz', format: 'text' }));
          } catch (error) {
            // A text that is all header (a title, a date line), page furniture or whitespace (U+FEFF is whitespace to String.prototype.trim, as to the schema) has no body: refused, with the reason.
            expect(error).toBeInstanceOf(InputRefusal);
            expect((error as Error).message).toMatch(/no article text found|is page furniture|holds only whitespace/);
            return;
          }
          const { blocks: rendered } = render(mdx);
          expect(rendered.flatMap(({ inline }) => inline)).toEqual([]);
          const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!) as {
            title: string;
            titleIsEditorial?: boolean;
            lede?: string;
            publisher: string;
            sourceNoise?: string[];
          };
          // The article schema trims these and refuses them empty: that would fail the build.
          for (const value of [data.title, data.lede, data.publisher]) if (value !== undefined) expect(value.trim()).not.toBe('');
          const shown = [
            ...(data.sourceNoise ?? []),
            ...(data.titleIsEditorial ? [] : [data.title]),
            ...(data.lede === undefined ? [] : [data.lede]),
            ...rendered.map(({ text }) => text),
          ].map(foldWhitespace);
          const units = sourceBlocks(raw).map(foldWhitespace);
          // The publisher-and-date line the parser took goes to the frontmatter; every other unit is on the page, in order.
          const dateLine = units.findIndex((unit, index) => readPublisherDate(unit) && shown[index] !== unit);
          expect(shown).toEqual(dateLine >= 0 && shown.length === units.length - 1 ? units.toSpliced(dateLine, 1) : units);
          // The content check reads the written article back and agrees.
          const problems = checkContent({
            articles: new Map([['content/articles/fuzz.mdx', mdx]]),
            summaries: new Map(),
            entities: new Map(),
            events: new Map(),
            sources: new Map([['fuzz.txt', raw]]),
          });
          expect(problems).toEqual([]);
        }),
        { numRuns: ARTICLE_RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  /** Markup a scraped Markdown or HTML document is made of, with text full of syntax between. */
  const words = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('').replace(/[\r\n]/g, ' '));
  const url = fc.constantFrom(
    'https://example.org/a_b?x=1&y=2',
    'http://heise.de/(klammer)',
    'https://a.de/<x>',
    'mailto:presse@example.de',
  );
  const markdownInline = fc.oneof(
    { arbitrary: words, weight: 4 },
    words.map((text) => `*${text}*`),
    words.map((text) => `**${text}**`),
    fc.tuple(words, url).map(([text, href]) => `[${text}](${href})`),
    fc.tuple(words, url).map(([text, href]) => `![${text}](${href})`),
    fc.constantFrom(
      'https://bare.example.org/pfad',
      'redaktion@example.de',
      'www.example.de',
      '<b>fett</b>',
      '<i>x</i>',
      'm<sup>2</sup>',
      'CO<sub>2</sub>',
      '<br>',
      '&amp; &nbsp; &lt;',
    ),
  );
  const markdownLine = fc.array(markdownInline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
  const markdownBlock = fc.oneof(
    { arbitrary: fc.array(markdownLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')), weight: 5 },
    markdownLine.map((line) => `## ${line}`),
    markdownLine.map((line) => `### ${line}`),
    fc.array(markdownLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.map((line) => `- ${line}`).join('\n')),
    markdownLine.map((line) => `> ${line}`),
    // A GFM table: a header row, its delimiter row, one or two rows of cells (a "|" in a cell escaped, as GFM needs).
    fc.array(fc.array(markdownLine, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 3 }).map((rows) =>
      rows
        .map((cells) => `| ${cells.map((cell) => cell.replace(/\\?\|/g, '\\|')).join(' | ')} |`)
        .toSpliced(1, 0, '|---|---:|')
        .join('\n'),
    ),
    fc.tuple(words, url).map(([text, href]) => `[${text}](${href})`),
    fc.constantFrom('Quelle: dpa', 'abc/dpa', 'Foto: Beispiel', 'Newsletter abonnieren: jetzt', '*Mit Material von Reuters*'),
  );
  const markdownDocument = fc
    .tuple(
      fc.option(fc.constantFrom('---\ntitle: "Front"\ndate: 2025-02-10\n---\n', '+++\ntitle = "Front"\n+++\n'), { nil: undefined }),
      fc.array(markdownBlock, { minLength: 1, maxLength: 6 }),
    )
    .map(([front, blocks]) => `${front ?? ''}${blocks.join('\n\n')}\n`);

  const htmlText = words.map((text) => text.replace(/[<&]/g, (char) => (char === '<' ? '&lt;' : '&amp;')));
  const htmlInline = fc.oneof(
    { arbitrary: htmlText, weight: 4 },
    htmlText.map((text) => `<b>${text}</b>`),
    htmlText.map((text) => `<em class="x">${text}</em>`),
    htmlText.map((text) => `<sup>${text}</sup>`),
    fc
      .tuple(htmlText, url)
      .map(([text, href]) => `<a href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" onclick="x()" target="_blank">${text}</a>`),
    fc.constantFrom(
      '<br>',
      '&nbsp;',
      '&ndash;',
      '<span data-x="1">s</span>',
      '<img src="https://a.de/b.jpg" alt="Bild">',
      'https://bare.example.org/p',
    ),
  );
  const htmlInlines = fc.array(htmlInline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
  const htmlBlock = fc.oneof(
    { arbitrary: htmlInlines.map((inner) => `<p class="c">${inner}</p>`), weight: 5 },
    htmlInlines.map((inner) => `<h2 class="h4">${inner}</h2>`),
    htmlInlines.map((inner) => `<h3>${inner}</h3>`),
    fc.array(htmlInlines, { minLength: 1, maxLength: 3 }).map((items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('\n')}</ul>`),
    htmlInlines.map((inner) => `<blockquote><p>${inner}</p></blockquote>`),
    fc
      .array(fc.array(fc.option(htmlInlines, { nil: '' }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map(
        (rows) =>
          `<table>${rows.map((cells, row) => `<tr>${cells.map((cell) => (row === 0 ? `<th>${cell}</th>` : `<td colspan="1">${cell}</td>`)).join('')}</tr>`).join('\n')}</table>`,
      ),
    htmlInlines.map((inner) => `<div>${inner}</div>`),
    htmlInlines.map((inner) => `<pre><code>${inner}\n  ${inner}</code></pre>`),
    fc.constantFrom(
      '<script>alert("x")</script>',
      '<style>p{}</style>',
      '<iframe src="https://v.example/1"></iframe>',
      '<form><button>Senden</button></form>',
    ),
  );
  const htmlDocument = fc.array(htmlBlock, { minLength: 1, maxLength: 6 }).map((blocks) => `${blocks.join('\n')}\n`);

  /** Imports a document, renders it as the site does and compares the page's text with the source's text content. */
  function pageShowsTextContent(raw: string, name: string, format: 'markdown' | 'html'): void {
    let prepared;
    try {
      prepared = prepareImport(new TextEncoder().encode(raw), name, { slug: 'fuzz', format });
    } catch (error) {
      expect(error).toBeInstanceOf(InputRefusal);
      expect((error as Error).message).toMatch(/no article text found|is page furniture|holds only whitespace/);
      return;
    }
    const { mdx, frontmatter } = prepared;
    const { blocks: rendered } = render(mdx);
    // A code block's <code> is how the page shows it: a Markdown fence renders as <pre><code>.
    const inline = rendered
      .flatMap(({ kind, inline }) => (kind === 'pre' ? inline.filter((inner) => inner !== 'code') : inline))
      .filter((kind) => !['a', 'a.external', 'em', 'strong', 'sup', 'sub', 'br'].includes(kind));
    expect(inline).toEqual([]);
    const ranges = (frontmatter.omitted ?? []).map(({ lines }) => lines.split('-').map(Number));
    const omitted = (lines: [number, number] | undefined) =>
      lines !== undefined && ranges.some(([first, last = first]) => first! <= lines[0] && lines[1] <= last!);
    const shown = [
      ...(frontmatter.titleIsEditorial ? [] : [frontmatter.title]),
      ...(frontmatter.lede === undefined ? [] : [frontmatter.lede]),
      ...rendered.map(({ text }) => text),
    ].map(foldWhitespace);
    // A unit on an omitted line (beside an image, say) may still be shown; one that is not shown must be omitted.
    const expected = readSource(raw, format)
      .units.map(({ text, lines }) => ({ text: foldWhitespace(text), lines }))
      .filter(({ text, lines }) => !omitted(lines) || shown.includes(text))
      .map(({ text }) => text);
    // A title from front matter or page metadata is not a unit of the text; every unit is on the page, in order.
    expect(shown.filter((text, index) => index > 0 || expected.includes(text) || frontmatter.titleIsEditorial)).toEqual(expected);
    const problems = checkContent({
      articles: new Map([['content/articles/fuzz.mdx', mdx]]),
      summaries: new Map(),
      entities: new Map(),
      events: new Map(),
      sources: new Map([[name, raw]]),
    });
    expect(problems).toEqual([]);
  }

  it(
    `imports ${MARKUP_RUNS} generated Markdown documents into pages that show their text content`,
    () => {
      fc.assert(
        fc.property(markdownDocument, (raw) => pageShowsTextContent(raw, 'fuzz.md', 'markdown')),
        { numRuns: MARKUP_RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    `imports ${MARKUP_RUNS} generated HTML fragments into pages that show their text content`,
    () => {
      fc.assert(
        fc.property(htmlDocument, (raw) => pageShowsTextContent(raw, 'fuzz.html', 'html')),
        { numRuns: MARKUP_RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );
});
