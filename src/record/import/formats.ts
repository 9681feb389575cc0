/** The formats a raw source is read in: its text content is what the article page shows. */
export const SOURCE_FORMATS = ['text', 'markdown', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
