/** The first draft of an English summary: placeholders that `npm run check` refuses, and the German paragraphs to cite from. */
import type { ArticleParagraph } from './paragraphs.ts';

/** The schema's minimum: each placeholder fails the check until the editor writes it. */
const KEY_POINT_PLACEHOLDERS = 3;

/** An MDX comment ends at the first star and slash; a paragraph that contains them must not end it early. */
const commentSafe = (text: string): string => text.replaceAll('*/', '* /');

/** `[12] heading: …`: the number as citations write it, the kind when it is not a plain paragraph. */
function paragraphLine(paragraph: ArticleParagraph): string {
  return `[${paragraph.number}]${paragraph.kind === 'paragraph' ? '' : ` ${paragraph.kind}:`} ${commentSafe(paragraph.text)}`;
}

/**
 * The how-to stands in the frontmatter as YAML comments, which nothing reads. The listing is one MDX
 * comment that renders nothing, but the check reads it as an uncited body paragraph: it cannot stay.
 */
export function summaryScaffold(slug: string, paragraphs: readonly ArticleParagraph[]): string {
  const howTo = [
    `# The English summary of content/articles/${slug}.mdx, written from its German text only (listed below).`,
    '# title: the English title. keyPoints: 3 to 7, each text: "…" with cites: [12, 14], the numbers of the',
    '# German paragraphs it rests on (the ¶ numbers on the article page). Body: 250 to 450 words, every',
    '# paragraph ending in <Cite p={[12, 14]} />. Delete the listing below when you are done.',
  ].join('\n');
  const keyPoints = Array.from({ length: KEY_POINT_PLACEHOLDERS }, () => '  - text: ""\n    cites: []').join('\n');
  const listing = ['{/*', `German paragraphs of ${slug} to cite from:`, ...paragraphs.map(paragraphLine), '*/}'].join('\n');
  return `---\n${howTo}\ntitle: ""\narticle: ${slug}\nkeyPoints:\n${keyPoints}\n---\n\n${listing}\n`;
}
