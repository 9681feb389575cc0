/** Short plain-text descriptions for meta tags and lists. */

const DESCRIPTION_LENGTH = 160;

/** Cut at a word boundary and mark the cut. */
export function truncateText(text: string, maxLength = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxLength / 2 ? cut.slice(0, space) : cut}…`;
}

/** Markdown backslash escapes removed, so an article's stored text reads as it renders. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** First paragraph of an article body that is not a heading or markup, unescaped. */
export function firstParagraph(body: string): string {
  const paragraph = body.split(/\n{2,}/).find((block) => /^[^#<\s]/.test(block.trim()));
  return unescapeMarkdown(paragraph?.trim() ?? '');
}
