/** What the search page's entity answers load, per language: every entity's names, and one card per entity. */
import { getCollection } from 'astro:content';
import type { Lang } from '../routing/urls.ts';
import { entityCard, entityNameIndex, type EntityCard, type EntityNameIndex } from '../search/entity-answers.ts';

/** Every entity's names and aliases in both languages, the page's language first, in the collection's order. */
export async function getEntityNameIndex(lang: Lang): Promise<EntityNameIndex> {
  return entityNameIndex(await getCollection('entities'), lang);
}

/** Each entity's card in one language: loaded only when a query names that entity. */
export async function getEntityCards(lang: Lang): Promise<{ id: string; card: EntityCard }[]> {
  return (await getCollection('entities')).map((entity) => ({ id: entity.id, card: entityCard(entity.data, lang) }));
}
