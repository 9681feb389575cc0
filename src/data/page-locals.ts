/** Reading a page's route from Astro.locals (set by src/middleware.ts) where a component needs one kind of page. */
import type { RouteOf } from './routes.ts';

/**
 * The route of the article or summary page being rendered, for the components the anchor plugin places
 * inside its MDX. Rendered anywhere else, they fail naming the component, since their data would be missing.
 */
export function documentRoute<Kind extends 'article' | 'summary'>(
  locals: App.Locals,
  kind: Kind,
  slug: string,
  component: string,
): RouteOf<Kind> {
  const { route } = locals;
  if (route?.kind !== kind || route.document.slug !== slug) {
    throw new Error(
      `<${component} article="${slug}"> is rendered outside the ${kind} page of "${slug}": it reads that page's route from Astro.locals (src/middleware.ts), so render it only inside that ${kind}`,
    );
  }
  return route as RouteOf<Kind>;
}
