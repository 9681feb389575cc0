/** The one data model: every collection and its schema. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PUBLICATION_DATE_PATTERN } from './record/dates.ts';
import { ENTITY_KINDS } from './entities/kinds.ts';
import { EVENT_DATE_PATTERN } from './record/event-dates.ts';
import { SOURCE_FORMATS } from './record/import/formats.ts';

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
    /** True when the source states no date and the editors inferred it from the text. */
    dateIsEditorial: z.boolean().default(false),
    /** BCP 47 code of the language the text was first written in, when the German is a translation. */
    translatedFrom: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'use a language code such as "zh"')
      .optional(),
    /** True when --lede gave the lede: the source's own first paragraph stays in the body. */
    ledeIsEditorial: z.boolean().default(false),
    /** The author the source names (front matter, byline or page metadata). */
    author: z.string().trim().min(1).optional(),
    /** How the raw input is read: its text content is what the page shows. */
    format: z.enum(SOURCE_FORMATS, { error: `use one of: ${SOURCE_FORMATS.join(', ')}` }).default('text'),
    /** File name of the raw input in content/sources/, kept byte for byte. */
    source: z
      .string({ error: 'name the raw input file in content/sources/, e.g. "004_c34021c74e7e4fa9.txt"' })
      .regex(/^[^/\\]+\.(?:txt|md|markdown|html?)$/, 'name a .txt, .md or .html file in content/sources/, e.g. 004_c34021c74e7e4fa9.txt'),
    /** The original's address, shown as a link to it. */
    sourceUrl: z.url({ protocol: /^https?$/, error: "give the original's address as an http or https URL" }).optional(),
    /** Lines of the raw input that are page furniture (breadcrumbs), kept so nothing is lost. */
    sourceNoise: z.array(z.string()).default([]),
    /** Lines of the raw input the article leaves out (front matter, consent banners, images, …) and why: "3" or "3-7". */
    omitted: z
      .array(
        z.strictObject(
          {
            lines: z.string().regex(/^\d+(?:-\d+)?$/, 'write the lines as "3" or "3-7"'),
            reason: z.string().trim().min(1, 'say why the lines are left out'),
          },
          { error: 'write each omitted entry as lines: "3-7" and reason: "…"' },
        ),
      )
      .default([]),
    /** True when the source text breaks off mid-sentence. */
    truncated: z.boolean().default(false),
  }),
});

/** Numbers of German article paragraphs (p-1 is the lede when there is one), as shown by the ¶ links on the article page. */
const paragraphNumbers = z
  .array(z.int({ error: 'a paragraph number is a whole number, e.g. 12' }).positive('paragraph numbers start at 1'), {
    error: 'list the German paragraphs it rests on, e.g. [12, 14]',
  })
  .min(1, 'cite at least one German paragraph, e.g. [12]');

const summaries = defineCollection({
  loader: glob({ base: './content/summaries', pattern: '*.mdx' }),
  schema: z.strictObject({
    title: z.string({ error: 'give the English title as a string' }).trim().min(1, 'title must not be empty'),
    /** Slug of the German article; the summary file carries the same name. */
    article: reference('articles'),
    /** Each key point cites the German paragraphs it rests on; body paragraphs end in <Cite p={[…]} />. */
    keyPoints: z
      .array(
        z.strictObject(
          {
            text: z.string({ error: 'give the key point as text: "…"' }).trim().min(1, 'a key point must not be empty'),
            cites: paragraphNumbers,
          },
          { error: 'write each key point as text: "…" and cites: [12, 14]' },
        ),
        { error: 'list 3 to 7 key points, each with text: and cites:' },
      )
      .min(3, 'give 3 to 7 key points')
      .max(7, 'give 3 to 7 key points'),
  }),
});

const localized = (what: string) =>
  z.strictObject(
    { de: z.string().trim().min(1, `give the German ${what}`), en: z.string().trim().min(1, `give the English ${what}`) },
    { error: `give the ${what} in both languages as de: … and en: …` },
  );
const aliasList = z.array(z.string().trim().min(1, 'an alias must not be empty')).default([]);

/** People, organisations, products and places; the file name is the id used in URLs and relations. */
const entities = defineCollection({
  loader: glob({ base: './content/entities', pattern: '*.yaml' }),
  schema: z.strictObject({
    kind: z.enum(ENTITY_KINDS, { error: `use one of: ${ENTITY_KINDS.join(', ')}` }),
    name: localized('display name'),
    /** Other forms of the name per language, including forms only a source uses ("Ultraman"); inflections are matched automatically. */
    aliases: z.strictObject({ de: aliasList, en: aliasList }).default({ de: [], en: [] }),
    description: localized('short description'),
    /** Read as "<this entity> <role> <to>"; shown on both entities' pages. */
    relations: z.array(z.strictObject({ to: reference('entities'), role: localized('role') })).default([]),
  }),
});

/** Dated events for the timeline, each resting on paragraphs of one German article. */
const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '*.yaml' }),
  schema: z.strictObject({
    /** As precise as the source: "2019", "2022-11" or "2023-01-23". */
    date: z
      .string({ error: 'write the date as a quoted string: "2019", "2022-11" or "2023-01-23"' })
      .regex(EVENT_DATE_PATTERN, 'use YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source states it'),
    /**
     * "text": the cited paragraphs state the date (the default). "publication": the text says "this week" or
     * "today", and the date is the article's own publication date as its source states it (never an editorial one).
     */
    datedBy: z.enum(['text', 'publication'], { error: 'use datedBy: text (the default) or datedBy: publication' }).default('text'),
    title: localized('title'),
    /** One sentence. */
    text: localized('one-sentence text'),
    entities: z.array(reference('entities')).default([]),
    cite: z.strictObject(
      { article: reference('articles'), paragraphs: paragraphNumbers },
      { error: 'give the source as cite: { article: <slug>, paragraphs: [12] }' },
    ),
  }),
});

export const collections = { articles, summaries, entities, events };
