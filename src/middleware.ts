/**
 * Sets Astro.locals once per page before it renders, as Starlight attaches its route data: components that
 * the anchor plugin places inside MDX, and the head's font faces, read their page's data there instead of
 * fetching it.
 */
import { defineMiddleware } from 'astro:middleware';
import { getFontFaces, getFontStylesheet } from './data/font-subsets.ts';
import type { Route } from './data/routes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // The catch-all page's props (src/pages/[...path].astro); other pages and files have no route.
  context.locals.route = (context.props as { route?: Route }).route;
  context.locals.fontFaces = await getFontFaces();
  context.locals.fontStylesheet = await getFontStylesheet();
  return next();
});
