/**
 * node scripts/bench/index-bundle.ts <site> <lang> <output>
 * One Pagefind bundle of the `lang` pages of a built site, as the build makes it (scripts/search/bundles.ts);
 * a process of its own, so that scripts/bench/search-bundles.ts can measure its time and peak memory.
 */
import * as pagefind from 'pagefind';
import { buildSearchBundle } from '../search/bundles.ts';
import { LANGS, type Lang } from '../../src/routing/urls.ts';

const [site, lang, output] = process.argv.slice(2);
if (!site || !output || !LANGS.includes(lang as Lang)) throw new Error('usage: node scripts/bench/index-bundle.ts <site> <de|en> <output>');
try {
  // As a shard's build does: no bundle of a shard without searchable pages, whose every page Pagefind would index.
  const built = await buildSearchBundle(site, lang as Lang, output, { onlyIfSearchable: true });
  console.log(`${built?.pages ?? 0} pages`);
} finally {
  await pagefind.close();
}
