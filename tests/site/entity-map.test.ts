/** The entity map pages on the built site: nodes, edges and their text version, as a reader receives them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fileForUrl, loadPage } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const ids = readdirSync(join(PROJECT, 'content', 'entities')).map((name) => name.replace(/\.yaml$/, ''));
const LANGS = [
  { lang: 'de', map: '/de/karte/', entities: '/de/entitaeten/', counterpart: '/en/map/' },
  { lang: 'en', map: '/en/map/', entities: '/en/entities/', counterpart: '/de/karte/' },
] as const;

const idOf = (href: string, entities: string) => href.slice(entities.length).replace(/\/$/, '');
const pairKey = (a: string, b: string) => [a, b].sort().join(' + ');

/** Each edge drawn: the two nodes whose centres its line joins, and its stroke width. */
function drawnEdges($: CheerioAPI, entities: string): Map<string, number> {
  const centres = new Map<string, string>();
  $('svg a.map-node').each((_, node) => {
    const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)/.exec($(node).find('g').attr('transform')!)!;
    centres.set(`${x} ${y}`, idOf($(node).attr('href')!, entities));
  });
  const edges = new Map<string, number>();
  $('svg .map-edges path').each((_, path) => {
    const width = Number($(path).attr('stroke-width'));
    for (const [, x1, y1, x2, y2] of $(path)
      .attr('d')!
      .matchAll(/M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)/g)) {
      const [a, b] = [centres.get(`${x1} ${y1}`), centres.get(`${x2} ${y2}`)];
      expect(a && b, `edge ${x1},${y1} – ${x2},${y2} ends at nodes`).toBeTruthy();
      const key = pairKey(a!, b!);
      expect(edges.has(key), `${key} drawn once`).toBe(false);
      edges.set(key, width);
    }
  });
  return edges;
}

/** The ranked list: each pair with its shared sentences, in the order listed. */
function listedPairs($: CheerioAPI, entities: string): { key: string; sentences: number }[] {
  return $('#co-mentions .co-mentions > div')
    .map((_, group) => {
      const sentences = Number(/\d+/.exec($(group).find('dt').text())![0]);
      return $(group)
        .find('dd li')
        .map((_, item) => {
          const [a, b] = $(item)
            .find('a')
            .map((_, link) => idOf($(link).attr('href')!, entities))
            .get() as [string, string];
          return { key: pairKey(a, b), sentences };
        })
        .get();
    })
    .get();
}

describe.each(LANGS)('the $lang map', ({ lang, map, entities, counterpart }) => {
  const $ = loadPage(map);

  it('exists in its language, names its counterpart and ships no script', () => {
    expect($('html').attr('lang')).toBe(lang);
    expect($('a[data-language-switch]').attr('href')).toBe(counterpart);
    expect($('h1').length).toBe(1);
    // JSON-LD (the breadcrumb trail's) is data for search engines, not script that runs.
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
  });

  it('has a node for every entity that shares a sentence, linking to its page under its name', () => {
    const nodes = $('svg a.map-node')
      .map((_, node) => ({ href: $(node).attr('href')!, title: $(node).children('title').text() }))
      .get();
    const expected = ids.filter((id) => loadPage(`${entities}${id}/`)('.related li').length > 0);
    expect(expected.length).toBeGreaterThan(20);
    expect(nodes.map((node) => idOf(node.href, entities)).sort()).toEqual(expected.sort());
    const mentions = nodes.map((node) => Number(/(\d+)\D*\)$/.exec(node.title)![1]));
    expect(mentions, 'most mentioned first: the Tab order').toEqual([...mentions].sort((a, b) => b - a));
    for (const { href, title } of nodes) {
      expect(fileForUrl(href), href).toBeDefined();
      expect(title.startsWith(`${loadPage(href)('h1').text()} (`), `${href}: "${title}"`).toBe(true);
    }
  });

  it('lists exactly the drawn edges, most shared sentences first, thicker lines for more', () => {
    const edges = drawnEdges($, entities);
    const listed = listedPairs($, entities);
    expect(listed.map((pair) => pair.key).sort()).toEqual([...edges.keys()].sort());
    const counts = listed.map((pair) => pair.sentences);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byWidth = [...listed].sort((a, b) => a.sentences - b.sentences).map((pair) => edges.get(pair.key)!);
    expect(byWidth).toEqual([...byWidth].sort((a, b) => a - b));
    expect(edges.get(pairKey('microsoft', 'openai'))).toBe(Math.max(...edges.values()));
  });

  it('gives the same shared-sentence counts as the entity pages\' "mentioned together" lists', () => {
    const listed = new Map(listedPairs($, entities).map((pair) => [pair.key, pair.sentences]));
    for (const id of ['microsoft', 'sam-altman', 'azure']) {
      const $entity = loadPage(`${entities}${id}/`);
      $entity('.related li').each((_, item) => {
        const other = idOf($entity(item).find('a').attr('href')!, entities);
        expect(listed.get(pairKey(id, other)), `${id} + ${other}`).toBe(Number(/\d+/.exec($entity(item).find('.note').text())![0]));
      });
    }
  });

  it('names its drawing, points to the list and gives a legend in words', () => {
    const svg = $('svg.map-drawing');
    expect(svg.attr('role')).toBe('group');
    expect($(`#${svg.attr('aria-labelledby')}`).text().length).toBeGreaterThan(5);
    expect($('.map-caption a').attr('href')).toBe('#co-mentions');
    const kinds = $('.map-legend li')
      .map((_, item) => $(item).text().trim())
      .get();
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    expect(
      new Set(
        $('.map-legend path')
          .map((_, path) => $(path).attr('d'))
          .get(),
      ).size,
      'one shape per kind',
    ).toBe(kinds.length);
  });

  it('is linked from the entity index and from each entity page on the map', () => {
    // The index's own link, besides the header's on every page.
    expect(loadPage(entities)(`main a[href="${map}"]`).length).toBe(1);
    $('svg a.map-node').each((_, node) => {
      const href = $(node).attr('href')!;
      expect(loadPage(href)(`a[href="${map}#${$(node).attr('id')}"]`).length, href).toBe(1);
    });
  });

  it('stays small', () => {
    const gzipped = gzipSync(readFileSync(fileForUrl(map)!), { level: 9 }).length;
    expect(gzipped, `${map}: ${(gzipped / 1024).toFixed(1)} KB gzipped`).toBeLessThan(20 * 1024);
  });
});
