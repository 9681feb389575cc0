/**
 * The one data model: every collection and its schema. The summary, entity and event schemas live in pure
 * modules (record/schemas.ts, entities/entity-schema.ts), so the content check, the Markdown plugin,
 * scripts and tests read those files with the same rules; only the reference to another collection is
 * Astro's here.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PUBLICATION_DATE_PATTERN, TIME_ZONE_FIX, isIanaTimeZone } from './record/dates.ts';
import { entitySchema } from './entities/entity-schema.ts';
import { eventSchema, summarySchema } from './record/schemas.ts';

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '*.mdx' }),
  schema: z.strictObject({
    title: z
      .string({ error: 'give the German title as a string; write one and set titleIsEditorial: true when the source has none' })
      .trim()
      .min(1, 'title must not be empty'),
    /** True when the source has no title and the title above is the editors'. */
    titleIsEditorial: z.boolean().default(false),
    lede: z.string().trim().min(1).optional(),
    /** A publisher's name, or the literal "unknown": never a guess. */
    publisher: z
      .string({ error: 'name the publisher, or write "unknown" when the source names none' })
      .trim()
      .min(1, 'write "unknown" when the source names no publisher'),
    /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as the source gives it (local time, no zone is invented); absent when unknown. */
    published: z
      .string({ error: 'write the date as a quoted string, e.g. "2025-11-03T08:20"' })
      .regex(PUBLICATION_DATE_PATTERN, 'use YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2025-11-03T08:20')
      .optional(),
    /** IANA zone of the time in `published` ("Europe/Berlin"), when the source states it or the editors know it; never guessed. */
    timeZone: z.string({ error: TIME_ZONE_FIX }).refine(isIanaTimeZone, TIME_ZONE_FIX).optional(),
    /** True when the source states no date and the editors inferred it from the text. */
    dateIsEditorial: z.boolean().default(false),
    /** BCP 47 code of the language the text was first written in, when the German is a translation. */
    translatedFrom: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'use a language code such as "zh"')
      .optional(),
    /** File name of the raw input in content/sources/, kept byte for byte. */
    source: z
      .string({ error: 'name the raw input file in content/sources/, e.g. "004_c34021c74e7e4fa9.txt"' })
      .regex(/^[^/\\]+\.txt$/, 'name a .txt file in content/sources/, e.g. 004_c34021c74e7e4fa9.txt'),
    /** Lines of the raw input that are page furniture (breadcrumbs), kept so nothing is lost. */
    sourceNoise: z.array(z.string()).default([]),
    /** True when the source text breaks off mid-sentence. */
    truncated: z.boolean().default(false),
  }),
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
