/** UI strings by language. */
import de from './de.ts';
import en from './en.ts';
import { LOCALES, type Lang } from '../routing/urls.ts';
import type { UiStrings } from './types.ts';

const DICTIONARIES: Record<Lang, UiStrings> = { de, en };

export function strings(lang: Lang): UiStrings {
  return DICTIONARIES[lang];
}

const languageNameCache = new Map<Lang, Intl.DisplayNames>();

/** Names of languages ("Chinesisch", "Chinese") in the page's language; one formatter per language. */
export function languageNames(lang: Lang): Intl.DisplayNames {
  let names = languageNameCache.get(lang);
  if (!names) languageNameCache.set(lang, (names = new Intl.DisplayNames([LOCALES[lang]], { type: 'language' })));
  return names;
}
