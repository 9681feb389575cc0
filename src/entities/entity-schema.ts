/** The schema of an entity file (content/entities/<id>.yaml): the entities collection's, and every other reader's. */
import { z } from 'astro/zod';
import { ENTITY_KINDS } from './kinds.ts';
import { localized, referenceById, type Reference } from '../record/schemas.ts';

const aliasList = z.array(z.string().trim().min(1, 'an alias must not be empty')).default([]);

/** People, organisations, products and places; `entities` is the reference to another entity (Astro's in the collection). */
export function entitySchema<Entity extends Reference>(entities: Entity) {
  return z.strictObject({
    kind: z.enum(ENTITY_KINDS, { error: `use one of: ${ENTITY_KINDS.join(', ')}` }),
    name: localized('display name'),
    /** Other forms of the name per language, including forms only a source uses ("Ultraman"); inflections are matched automatically. */
    aliases: z.strictObject({ de: aliasList, en: aliasList }).default({ de: [], en: [] }),
    description: localized('short description'),
    /** Read as "<this entity> <role> <to>"; shown on both entities' pages. */
    relations: z.array(z.strictObject({ to: entities, role: localized('role') })).default([]),
  });
}

/** The schema as the readers outside Astro use it. */
export const ENTITY_SCHEMA = entitySchema(referenceById('entities'));
export type EntityFileData = z.output<typeof ENTITY_SCHEMA>;

/** An entity as every reader has it: the id its file name gives and its file's validated data (a collection entry is one). */
export interface EntityEntry {
  id: string;
  data: EntityFileData;
}
