/**
 * The one data model: every collection and its schema. The schemas live in pure modules
 * (record/schemas.ts, entities/entity-schema.ts), so the content check, the Markdown plugin,
 * scripts and tests read those files with the same rules; only the reference to another collection is
 * Astro's here.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { entitySchema } from './entities/entity-schema.ts';
import { ARTICLE_SCHEMA, eventSchema, summarySchema } from './record/schemas.ts';

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '*.mdx' }),
  schema: ARTICLE_SCHEMA,
});

const summaries = defineCollection({
  loader: glob({ base: './content/summaries', pattern: '*.mdx' }),
  schema: summarySchema(reference('articles')),
});

/** People, organisations, products and places; the file name is the id used in URLs and relations. */
const entities = defineCollection({
  loader: glob({ base: './content/entities', pattern: '*.yaml' }),
  schema: entitySchema(reference('entities')),
});

/** Dated events for the timeline, each resting on paragraphs of one German article. */
const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '*.yaml' }),
  schema: eventSchema({ entities: reference('entities'), articles: reference('articles') }),
});

export const collections = { articles, summaries, entities, events };
