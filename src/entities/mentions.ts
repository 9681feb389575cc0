/**
 * Finds entity mentions in text: longest match first, on word boundaries, with German genitive and
 * English possessive endings (the rule of names.ts). A word-level trie keeps the cost linear in the text length whatever the
 * number of aliases: each word start walks at most as many trie steps as the longest alias has words.
 */
import { POSSESSIVE_AFTER, withoutGenitiveS } from './names.ts';

/** What the matcher matches for one entity: its forms in one language (entityForms of names.ts). */
export interface EntityForms {
  id: string;
  /** Where the forms come from, for error messages (e.g. "content/entities/sam-altman.yaml"). */
  file: string;
  /** Display name and aliases in one language. */
  forms: string[];
}

export interface Mention {
  entityId: string;
  /** Offsets into the searched text; the span includes a genitive or possessive ending. */
  start: number;
  end: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Entity whose name or alias ends at this node. */
  entityId?: string;
}

export interface MentionMatcher {
  find(text: string): Mention[];
  /** Trie steps taken since creation: the unit of cost the linearity test counts. */
  readonly steps: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the words of one alias: a space, hyphen, dot, apostrophe or ampersand. */
const JOINER = /^(?:\s|[-.'’&]|\s&\s){1,3}$/u;

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

export class DuplicateAliasError extends Error {}

export function createMentionMatcher(entities: EntityForms[]): MentionMatcher {
  const root: TrieNode = { children: new Map() };
  const claimedBy = new Map<string, EntityForms>();
  for (const entity of entities) {
    for (const form of new Set(entity.forms)) {
      const owner = claimedBy.get(form);
      if (owner && owner.id !== entity.id) {
        throw new DuplicateAliasError(
          `the alias "${form}" is claimed by two entities: ${owner.file} and ${entity.file}; keep it in one of them`,
        );
      }
      claimedBy.set(form, entity);
      let node = root;
      for (const { word } of words(form)) {
        let next = node.children.get(word);
        if (!next) node.children.set(word, (next = { children: new Map() }));
        node = next;
      }
      if (node !== root) node.entityId = entity.id;
    }
  }

  let steps = 0;
  const step = (node: TrieNode, word: string): TrieNode | undefined => {
    steps += 1;
    return node.children.get(word);
  };

  function find(text: string): Mention[] {
    const tokens = words(text);
    const mentions: Mention[] = [];
    let index = 0;
    while (index < tokens.length) {
      let node: TrieNode | undefined = root;
      let best: Mention | undefined;
      let bestLast = index;
      for (let position = index; position < tokens.length && node; position += 1) {
        const token = tokens[position]!;
        if (position > index && !JOINER.test(text.slice(tokens[position - 1]!.end, token.start))) break;
        // A German genitive "s" ends the alias: "Microsofts", "Altmans".
        const name = withoutGenitiveS(token.word);
        const genitive: TrieNode | undefined = name === undefined ? undefined : step(node, name);
        if (genitive?.entityId) {
          best = { entityId: genitive.entityId, start: tokens[index]!.start, end: token.end };
          bestLast = position;
        }
        node = step(node, token.word);
        if (node?.entityId) {
          const possessive = POSSESSIVE_AFTER.exec(text.slice(token.end))?.[0] ?? '';
          best = { entityId: node.entityId, start: tokens[index]!.start, end: token.end + possessive.length };
          bestLast = position;
        }
      }
      if (best) {
        mentions.push(best);
        index = bestLast + 1;
      } else {
        index += 1;
      }
    }
    return mentions;
  }

  return {
    find,
    get steps() {
      return steps;
    },
  };
}

/** Whitespace after a sentence end and before a capital, digit or opening quote. */
const SENTENCE_BREAK = /(?<=[.!?…]["'“”»)]?)\s+(?=[„"“»(\p{Lu}\p{N}])/gu;

/** The sentence of `text` that contains the range, in the source's own words. */
export function sentenceAround(text: string, start: number, end: number): string {
  let sentenceStart = 0;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    if (match.index >= end) return text.slice(sentenceStart, match.index);
    if (match.index + match[0].length <= start) sentenceStart = match.index + match[0].length;
  }
  return text.slice(sentenceStart).trimEnd();
}
