/**
 * What a reader may call an entity: its display name and aliases per language, and the German genitive
 * or English possessive that may follow a name. The mention matcher and the search page's entity
 * answers both read names this way.
 */
import type { Lang } from '../routing/urls.ts';
import type { EntityFileData } from './entity-schema.ts';

/** An entity's display name and aliases in each language. */
export type EntityNames = Pick<EntityFileData, 'name' | 'aliases'>;

/** The entity's names in `langs`, in that order, each language's display name before its aliases, each form once. */
export function entityForms(entity: EntityNames, langs: readonly Lang[]): string[] {
  return [...new Set(langs.flatMap((lang) => [entity.name[lang], ...entity.aliases[lang]]))];
}

/**
 * The name a word may stand for with a genitive "s": German "Microsofts", "Altmans", and English
 * "Altman's" once the apostrophe is dropped. Words of two letters or fewer have none.
 */
export function withoutGenitiveS(word: string): string | undefined {
  return word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : undefined;
}

/** An English possessive right after a name: "Microsoft's", "Microsoft’s", or the bare apostrophe of "Gates'". */
export const POSSESSIVE_AFTER = /^(?:['’]s|['’])(?![\p{L}\p{N}])/u;
