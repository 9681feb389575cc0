/**
 * Entity answers for the search page: a query that names an entity (its name or an alias in either
 * language, a source's mistranslation included) gets that entity as a card; a query one or two letters
 * off a name gets a "did you mean" suggestion. Pure logic, shared by the build (the JSON files the
 * search page loads) and the browser.
 */
import type { EntityFileData } from '../entities/entity-schema.ts';
import type { EntityKind } from '../entities/kinds.ts';
import { entityForms, withoutGenitiveS, type EntityNames } from '../entities/names.ts';
import { LANGS, type Lang } from '../routing/urls.ts';

/**
 * What the search page matches against, per entity id: every name and alias in both languages (a
 * reader may type either), the page language's display name first. Loaded for every search, so it
 * holds names only; a card's details load when a card is shown.
 */
export type EntityNameIndex = Record<string, string[]>;

/** One entity's card on the search page, in the page's language. */
export interface EntityCard {
  name: string;
  kind: EntityKind;
  description: string;
}

/** The name index of the search page in `lang`: each entity's forms in every language, `lang`'s first. */
export function entityNameIndex(entities: readonly { id: string; data: EntityNames }[], lang: Lang): EntityNameIndex {
  return Object.fromEntries(entities.map(({ id, data }) => [id, entityForms(data, [lang, ...LANGS])]));
}

export function entityCard(entity: Pick<EntityFileData, 'kind' | 'name' | 'description'>, lang: Lang): EntityCard {
  return { name: entity.name[lang], kind: entity.kind, description: entity.description[lang] };
}

export type EntityAnswer =
  /** The query is a name or alias of these entities; `form` is the one it matched, as written in the data. */
  | { type: 'entities'; ids: string[]; form: string }
  /** The query is a typo away from `form`, a name or alias of entity `id`. */
  | { type: 'suggestion'; id: string; form: string };

export interface EntityAnswers {
  answer(query: string): EntityAnswer | undefined;
}

/**
 * Comparable form of a name: case and diacritics folded, "ß" as "ss", apostrophes dropped (so
 * "Altman's" meets the genitive rule as "altmans"), every other run of punctuation or space one space.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Typos tolerated for a name of this many characters. Short names tolerate none, so "Team" does not
 * suggest "Teams", "Nadel" not "Nadella", and "terms" not "Teams".
 */
export function allowedTypos(length: number): number {
  return length >= 9 ? 2 : length >= 6 ? 1 : 0;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * swaps of neighbours) over code points; stops early and returns `limit + 1` once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return Math.min(previous[t.length]!, limit + 1);
}

/** The query as typed and, when it may end in a genitive "s", without it: German "Altmans", English "Altman's". */
function queryVariants(normalized: string): string[] {
  const name = withoutGenitiveS(normalized);
  return name === undefined ? [normalized] : [normalized, name];
}

export function createEntityAnswers(index: EntityNameIndex): EntityAnswers {
  const byForm = new Map<string, { id: string; form: string }[]>();
  for (const [id, forms] of Object.entries(index)) {
    for (const form of forms) {
      const key = normalizeName(form);
      if (!key) continue;
      const owners = byForm.get(key) ?? [];
      if (!owners.some((owner) => owner.id === id)) owners.push({ id, form });
      byForm.set(key, owners);
    }
  }

  function answer(query: string): EntityAnswer | undefined {
    const variants = queryVariants(normalizeName(query));
    if (!variants[0]) return undefined;
    for (const variant of variants) {
      const owners = byForm.get(variant);
      if (owners) return { type: 'entities', ids: owners.map((owner) => owner.id), form: owners[0]!.form };
    }
    let best: { distance: number; id: string; form: string } | undefined;
    for (const [key, owners] of byForm) {
      for (const variant of variants) {
        const limit = Math.min(allowedTypos(Math.min([...variant].length, [...key].length)), best ? best.distance - 1 : 2);
        if (limit < 1) continue;
        const distance = editDistance(variant, key, limit);
        if (distance <= limit) best = { distance, id: owners[0]!.id, form: owners[0]!.form };
      }
    }
    return best && { type: 'suggestion', id: best.id, form: best.form };
  }

  return { answer };
}
