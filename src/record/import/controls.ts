/** Form controls that the sanitiser drops stand between texts as boxes of their own: a space keeps the texts on either side apart ("23", "4" are not "234"). */
import type { ElementContent, Root, RootContent } from 'hast';

/** Controls a browser draws as a box with its own label, never as part of a word. */
const CONTROLS = new Set(['button', 'input', 'select', 'textarea']);

/** The text a node shows, as far as its edges matter here (hidden elements are not told apart). */
function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The text on one side of `index` among `children`, up to the nearest non-empty sibling: its edge character, or ''. */
function edge(children: readonly (RootContent | ElementContent)[], index: number, step: 1 | -1): string {
  for (let at = index + step; at >= 0 && at < children.length; at += step) {
    const node = children[at]!;
    if (node.type === 'element' && CONTROLS.has(node.tagName)) continue;
    const text = textOf(node);
    if (text) return step < 0 ? text.at(-1)! : text[0]!;
  }
  return '';
}

/** Puts a space after each control that has text directly on both sides (in place, before the sanitiser drops it). */
export function separateControls(node: Root | { children: (RootContent | ElementContent)[] }): void {
  const children = node.children as (RootContent | ElementContent)[];
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const child = children[index]!;
    if (child.type !== 'element') continue;
    if (!CONTROLS.has(child.tagName)) {
      separateControls(child);
      continue;
    }
    const before = edge(children, index, -1);
    const after = edge(children, index, 1);
    if (before && after && /\S/u.test(before) && /\S/u.test(after)) children.splice(index + 1, 0, { type: 'text', value: ' ' });
  }
}
