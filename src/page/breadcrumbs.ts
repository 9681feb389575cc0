/** The breadcrumb trail of a page: from the home page down to the page itself, each step named in the page's language. */
import { strings } from '../i18n/index.ts';
import { pathFor, type Lang, type PageRef } from '../routing/urls.ts';

/** One step of the trail: its name and its URL path (pathFor). */
export interface Crumb {
  name: string;
  path: string;
}

/** What the trail names that the page reference does not hold. */
export interface TrailNames {
  /** The page's own title, the last step. */
  title: string;
  /** On an entity's pages: its name, the last step of its first page and the step before its further pages. */
  entity?: string | undefined;
}

/**
 * Home, then the page's parents, then the page itself; empty for the home page and the not-found page (which
 * stands in for an unknown address and has no place below the home). Entities sit below their index; the map,
 * the timeline, search and every document directly below the home, as the header and the home list lead there.
 */
export function breadcrumbTrail(lang: Lang, ref: PageRef, names: TrailNames): Crumb[] {
  const t = strings(lang);
  const step = (name: string, to: PageRef): Crumb => ({ name, path: pathFor(lang, to) });
  const home = step(t.navigation.home, { kind: 'home' });
  switch (ref.kind) {
    case 'home':
      return ref.page && ref.page > 1 ? [home, step(t.navigation.page(ref.page), ref)] : [];
    case 'notFound':
    case 'feed':
      return [];
    case 'entity': {
      // Not the title: on a list of several pages, an entity's first page names its page number there too.
      if (!names.entity) throw new Error(`breadcrumbs: the page of entity "${ref.id}" needs the entity's name for its trail`);
      const index = step(t.entities.nav, { kind: 'entities' });
      const entity = step(names.entity, { kind: 'entity', id: ref.id });
      return !ref.page || ref.page === 1 ? [home, index, entity] : [home, index, entity, step(t.navigation.page(ref.page), ref)];
    }
    default:
      return [home, step(names.title, ref)];
  }
}
