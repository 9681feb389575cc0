/**
 * The record's data model outside Astro: the article, summary and event schemas and the pieces every collection
 * schema shares. content.config.ts builds its collections from them; the content check, the Markdown
 * plugin, scripts and tests read files with the same schemas (through yaml-reader.ts).
 */
import { z } from 'astro/zod';
import { isTimeZone, PUBLICATION_DATE_PATTERN, TIME_ZONE_FIX } from './dates.ts';
import { EVENT_DATE_PATTERN } from './event-dates.ts';
import { SOURCE_FORMATS } from './import/formats.ts';

/** A schema's link to another collection's entry, written as its file name; read as { collection, id }. */
export type Reference = z.ZodType<{ id: string }, string>;

/**
 * What Astro's reference() does for a collection, outside Astro: the id as { collection, id }. It checks
 * the form only; that the entry exists is the content check's cross-file rule.
 */
export function referenceById<C extends string>(collection: C) {
  const fix = `write the file name of an entry in content/${collection}/ without its extension, e.g. openai`;
  return z
    .string({ error: fix })
    .min(1, fix)
    .transform((id) => ({ collection, id }));
}

/** The same text in both languages. */
export function localized(what: string) {
  return z.strictObject(
    { de: z.string().trim().min(1, `give the German ${what}`), en: z.string().trim().min(1, `give the English ${what}`) },
    { error: `give the ${what} in both languages as de: … and en: …` },
  );
}

/** Numbers of German article paragraphs (p-1 is the lede when there is one), as shown by the ¶ links on the article page. */
export const paragraphNumbers = z
  .array(z.int({ error: 'a paragraph number is a whole number, e.g. 12' }).positive('paragraph numbers start at 1'), {
    error: 'list the German paragraphs it rests on, e.g. [12, 14]',
  })
  .min(1, 'cite at least one German paragraph, e.g. [12]');

/** An English summary's frontmatter; `articles` is the reference to the German article it summarises. */
export function summarySchema<Article extends Reference>(articles: Article) {
  return z.strictObject({
    title: z.string({ error: 'give the English title as a string' }).trim().min(1, 'title must not be empty'),
    /** Slug of the German article; the summary file carries the same name. */
    article: articles,
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
  });
}

/** A dated event for the timeline, resting on paragraphs of one German article. */
export function eventSchema<Entity extends Reference, Article extends Reference>(references: { entities: Entity; articles: Article }) {
  return z.strictObject({
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
    entities: z.array(references.entities).default([]),
    cite: z.strictObject(
      { article: references.articles, paragraphs: paragraphNumbers },
      { error: 'give the source as cite: { article: <slug>, paragraphs: [12] }' },
    ),
  });
}

/** The original's address: an http or https URL that parses (a host with "%5C" in it does not). */
const SOURCE_URL = z.url({ protocol: /^https?$/, error: "give the original's address as an http or https URL" });

/** Whether an article may name `value` as its sourceUrl: what an import guesses from a page is kept only then. */
export const isSourceUrl = (value: string): boolean => SOURCE_URL.safeParse(value).success;

/** A German article's frontmatter, as the importer writes it and the editors correct it. */
export const ARTICLE_SCHEMA = z.strictObject({
  /** Title and lede are the source's own characters: checked, never trimmed. */
  title: z
    .string({ error: 'give the German title as a string; write one and set titleIsEditorial: true when the source has none' })
    .regex(/\S/, 'title must not be empty'),
  /** True when the source has no title and the title above is the editors'. */
  titleIsEditorial: z.boolean().default(false),
  lede: z.string({ error: 'give the lede as a string' }).regex(/\S/, 'lede must not be empty; leave the field out instead').optional(),
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
  /** Zone of the time in `published` ("Europe/Berlin", or the offset "+01:00" a source states), when the source states it or the editors know it; never guessed. */
  timeZone: z.string({ error: TIME_ZONE_FIX }).refine(isTimeZone, TIME_ZONE_FIX).optional(),
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
    .regex(/^[^/\\]+\.(?:txt|md|markdown|html?)$/, 'name a .txt, .md or .html file in content/sources/, e.g. 004_c34021c74e7e4fa9.txt')
    // The built site serves a source under its composed name; a decomposed one (macOS umlauts) would be linked where nothing is.
    .refine(
      (name) => name === name.normalize('NFC'),
      'the file name has decomposed characters (as macOS writes umlauts); rename the file in content/sources/ and this field to the composed (NFC) name',
    ),
  /** The original's address, shown as a link to it. */
  sourceUrl: SOURCE_URL.optional(),
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
});
export type ArticleFileData = z.output<typeof ARTICLE_SCHEMA>;

/** The schemas as the readers outside Astro use them. */
export const SUMMARY_SCHEMA = summarySchema(referenceById('articles'));
export const EVENT_SCHEMA = eventSchema({ entities: referenceById('entities'), articles: referenceById('articles') });
export type SummaryFileData = z.output<typeof SUMMARY_SCHEMA>;
export type EventFileData = z.output<typeof EVENT_SCHEMA>;
