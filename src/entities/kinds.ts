/** The kinds of entity, in the order index pages group them. */
export const ENTITY_KINDS = ['person', 'organisation', 'public-body', 'product', 'service', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
