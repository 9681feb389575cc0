/** UI strings by language. */
import de from './de.ts';
import en from './en.ts';
import type { Lang } from './routes.ts';
import type { UiStrings } from './types.ts';

const DICTIONARIES: Record<Lang, UiStrings> = { de, en };

export function strings(lang: Lang): UiStrings {
  return DICTIONARIES[lang];
}
