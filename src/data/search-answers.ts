/** What the search page's entity answers load, per language, from the catalog: every entity's names, and one card per entity. */
import { getCatalog } from './catalog.ts';
import type { Lang } from '../routing/urls.ts';
import { entityCard, entityNameIndex, type EntityCard, type EntityNameIndex } from '../search/entity-answers.ts';

/** Every entity's names and aliases in both languages, the page's language first, in file-name order. */
export async function getEntityNameIndex(lang: Lang): Promise<EntityNameIndex> {
  return entityNameIndex((await getCatalog()).entities, lang);
}

/** Each entity's card in one language: loaded only when a query names that entity. */
export async function getEntityCards(lang: Lang): Promise<{ id: string; card: EntityCard }[]> {
  return (await getCatalog()).entities.map((entity) => ({ id: entity.id, card: entityCard(entity.data, lang) }));
}
