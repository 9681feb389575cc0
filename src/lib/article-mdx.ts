/** Writes a parsed article as MDX whose rendered text is exactly the source's characters. */
import type { ArticleBlock } from './raw-article.ts';

export interface ArticleFrontmatter {
  title: string;
  titleIsEditorial?: boolean;
  lede?: string;
  publisher: string;
  published?: string;
  dateIsEditorial?: boolean;
  translatedFrom?: string;
  source: string;
  sourceNoise?: string[];
  truncated?: boolean;
}

/** ASCII punctuation that Markdown, MDX, JSX or HTML would read as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_{}[\]<>#|~&$^=]/g;
/** Markers that only mean something at the start of a line: lists, rules, quotes. */
const LINE_START_SYNTAX = /^([-+:])|^(\d+)([.)])/;

export function escapeMdxText(text: string): string {
  return text
    .replace(INLINE_SYNTAX, (char) => `\\${char}`)
    .replace(LINE_START_SYNTAX, (_match, marker?: string, digits?: string, delimiter?: string) =>
      marker ? `\\${marker}` : `${digits}\\${delimiter}`,
    );
}

/** A JSON string is a valid YAML double-quoted scalar, so every character survives. */
function yamlValue(value: string | boolean | string[]): string {
  if (Array.isArray(value)) return value.length ? `\n${value.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}` : ' []';
  return ` ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
}

function blockToMdx(block: ArticleBlock): string {
  const text = escapeMdxText(block.text);
  switch (block.kind) {
    case 'heading':
      return `## ${text}`;
    case 'subheading':
      return `### ${text}`;
    case 'teaser':
      return `<p class="teaser">${text}</p>`;
    case 'paragraph':
      return text;
  }
}

export function articleToMdx(frontmatter: ArticleFrontmatter, blocks: ArticleBlock[]): string {
  const fields = Object.entries(frontmatter).filter(
    (entry): entry is [string, string | boolean | string[]] => entry[1] !== undefined,
  );
  const yaml = fields.map(([key, value]) => `${key}:${yamlValue(value)}`).join('\n');
  return `---\n${yaml}\n---\n\n${blocks.map(blockToMdx).join('\n\n')}\n`;
}
