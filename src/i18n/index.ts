/** UI strings by language. */
import de from './de.ts';
import en from './en.ts';
import { LOCALES, type Lang } from '../routing/urls.ts';
import type { EntityKind } from '../entities/kinds.ts';
import type { SearchScriptStrings, UiStrings } from './types.ts';

const DICTIONARIES: Record<Lang, UiStrings> = { de, en };

export function strings(lang: Lang): UiStrings {
  return DICTIONARIES[lang];
}

/** What the search page hands its script, in `lang`. */
export function searchScriptStrings(lang: Lang): SearchScriptStrings {
  const t = strings(lang);
  const kinds = Object.fromEntries(Object.entries(t.entities.kinds).map(([kind, label]) => [kind, label.one]));
  return { ...t.search, kinds: kinds as Record<EntityKind, string> };
}

const languageNameCache = new Map<Lang, Intl.DisplayNames>();

/** Names of languages ("Chinesisch", "Chinese") in the page's language; one formatter per language. */
export function languageNames(lang: Lang): Intl.DisplayNames {
  let names = languageNameCache.get(lang);
  if (!names) languageNameCache.set(lang, (names = new Intl.DisplayNames([LOCALES[lang]], { type: 'language' })));
  return names;
}
