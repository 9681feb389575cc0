/** The inline content of an article block (text, links, emphasis, super- and subscripts, line breaks): what Markdown and HTML sources keep for the reader. */

/** `sup` and `sub` keep a footnote marker or "m²" raised and "CO₂" lowered, not glued to the text as a digit. */
export type Inline =
  string | { tag: 'a'; href: string; children: Inline[] } | { tag: 'em' | 'strong' | 'sup' | 'sub'; children: Inline[] } | { tag: 'br' };

/** The text a browser shows for inline content: a line break is a newline (whitespace, as the browser folds it). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : node.tag === 'br' ? '\n' : inlineText(node.children))).join('');
}

/** Every link target, in order. */
export function inlineLinks(nodes: readonly Inline[]): string[] {
  return nodes.flatMap((node) =>
    typeof node === 'string' || node.tag === 'br' ? [] : [...(node.tag === 'a' ? [node.href] : []), ...inlineLinks(node.children)],
  );
}

/**
 * Runs of ASCII whitespace fold to one space across element boundaries, and the block's first and last
 * text lose their blanks: what the browser shows, written so that Markdown keeps it.
 */
export function foldInline(nodes: readonly Inline[]): Inline[] {
  let pendingSpace = false;
  let atStart = true;
  const fold = (list: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const node of list) {
      if (typeof node === 'string') {
        for (const part of node.split(/([ \t\n\r\f]+)/)) {
          if (part === '') continue;
          if (/^[ \t\n\r\f]+$/.test(part)) pendingSpace = !atStart;
          else {
            out.push(pendingSpace ? ` ${part}` : part);
            pendingSpace = false;
            atStart = false;
          }
        }
      } else if (node.tag === 'br') {
        out.push(node);
        pendingSpace = false;
        atStart = true;
      } else {
        // A space before an element stays outside it: the element's own text is unchanged.
        if (pendingSpace) out.push(' ');
        pendingSpace = false;
        const children = fold(node.children);
        if (children.length) out.push({ ...node, children });
      }
    }
    // Neighbouring texts become one, as the source had them.
    return out.reduce<Inline[]>((merged, node) => {
      const last = merged.at(-1);
      if (typeof node === 'string' && typeof last === 'string') merged[merged.length - 1] = last + node;
      else merged.push(node);
      return merged;
    }, []);
  };
  return fold(nodes);
}

/** An http(s) address up to whitespace or an angle bracket, or an e-mail address. */
const BARE_ADDRESS = /https?:\/\/[^\s<>"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Punctuation that ends the sentence around an address rather than the address (GFM's rule). */
const TRAILING = /[.,:;!?"'»«)\]]+$/u;

/**
 * Bare URLs and e-mail addresses in a text become links whose text is exactly the address as written
 * (the text is unchanged). A closing bracket stays part of the address when the address opened one.
 */
export function linkifyText(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(BARE_ADDRESS)) {
    let address = match[0];
    let cut = TRAILING.exec(address)?.[0].length ?? 0;
    // "https://de.wikipedia.org/wiki/Pfad_(Klammer)" keeps a closing bracket that closes one it opened.
    const opened = address.split('(').length - 1;
    let closed = address.slice(0, address.length - cut).split(')').length - 1;
    while (cut > 0 && address[address.length - cut] === ')' && opened > closed) {
      cut -= 1;
      closed += 1;
    }
    address = address.slice(0, address.length - cut);
    if (address.endsWith('://')) continue;
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push({ tag: 'a', href: address.includes('://') ? address : `mailto:${address}`, children: [address] });
    last = match.index + address.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The text of a block as a sentence reads: without a superscript (a footnote marker) after its last word. */
export function sentenceText(nodes: readonly Inline[]): string {
  const last = nodes.findLastIndex((node) => typeof node !== 'string' || node.trim() !== '');
  const marker = nodes[last];
  return inlineText(typeof marker === 'object' && marker.tag === 'sup' ? nodes.slice(0, last) : nodes);
}

/** Whether plain text says what the content says: no link and no super- or subscript ("m²" would read "m2"); emphasis may go. */
export function isPlainEnough(nodes: readonly Inline[]): boolean {
  return nodes.every(
    (node) =>
      typeof node === 'string' ||
      node.tag === 'br' ||
      (node.tag !== 'a' && node.tag !== 'sup' && node.tag !== 'sub' && isPlainEnough(node.children)),
  );
}

/** True when the whole block is one emphasis or strong element. */
export function isAllEmphasis(nodes: readonly Inline[]): boolean {
  return nodes.length === 1 && typeof nodes[0] !== 'string' && (nodes[0]!.tag === 'em' || nodes[0]!.tag === 'strong');
}
