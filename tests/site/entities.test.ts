/** Entity pages and mention links on the built site. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, ENTITY_LINK, fileForUrl, loadPage } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { pathFor } from '../../src/routing/urls.ts';

const ids = readdirSync(join(PROJECT, 'content', 'entities')).map((name) => name.replace(/\.yaml$/, ''));
const documents = builtPages().filter((url) => /^\/(de\/artikel|en\/summaries)\//.test(url));

describe('entity pages', () => {
  it('cover the people, companies and products of the sources', () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const id of [
      'sam-altman',
      'satya-nadella',
      'jensen-huang',
      'microsoft',
      'openai',
      'azure',
      'azure-openai-service',
      'bloomberg',
      'bloomberg-intelligence',
      'xinzhiyuan',
      'nvidia-h100',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(ids)('%s exists in both languages, is reachable from both indexes and names its counterpart', (id) => {
    const de = loadPage(`/de/entitaeten/${id}/`);
    const en = loadPage(`/en/entities/${id}/`);
    expect(de('html').attr('lang')).toBe('de');
    expect(en('html').attr('lang')).toBe('en');
    expect(de('a[data-language-switch]').attr('href')).toBe(`/en/entities/${id}/`);
    expect(loadPage('/de/entitaeten/')(`a[href="/de/entitaeten/${id}/"]`).length).toBe(1);
    expect(loadPage('/en/entities/')(`a[href="/en/entities/${id}/"]`).length).toBe(1);
  });

  it.each(ids)('%s: every "mentioned in" link resolves to the mention\'s anchor', (id) => {
    let listed = 0;
    for (const url of [`/de/entitaeten/${id}/`, `/en/entities/${id}/`]) {
      const $ = loadPage(url);
      const links = $('.mentioned-in li a')
        .map((_, link) => $(link).attr('href')!)
        .get();
      for (const href of links) {
        const [path, anchor] = href.split('#') as [string, string];
        const $target = loadPage(path);
        const target = $target(`[id="${anchor}"]`);
        expect(target.length, `${url} → ${href}`).toBe(1);
        expect(target.is(`${ENTITY_LINK}, span.mention`), href).toBe(true);
      }
      listed += links.length;
    }
    // Each language's page lists the sentences of its own language's texts (tests/site/entity-mentions.test.ts).
    expect(listed, `${id}: its pages list mentions`).toBeGreaterThan(0);
  });

  it('shows relations in both directions', () => {
    const microsoft = loadPage('/en/entities/microsoft/');
    expect(microsoft('.relations').text()).toMatch(/Satya Nadella\s+chairman and CEO of\s+Microsoft/);
    const nadella = loadPage('/de/entitaeten/satya-nadella/');
    expect(nadella('.relations').text()).toMatch(/Satya Nadella\s+Chairman und CEO von\s+Microsoft/);
  });

  it('groups the index by kind with mention counts', () => {
    const $ = loadPage('/de/entitaeten/');
    expect(
      $('h2')
        .map((_, heading) => $(heading).text())
        .get(),
    ).toEqual(expect.arrayContaining(['Personen', 'Organisationen', 'Produkte', 'Dienste']));
    expect($('a[href="/de/entitaeten/sam-altman/"]').parent().text()).toMatch(/\d+ Erwähnungen/);
  });
});

describe('mention links in articles and summaries', () => {
  it('"Ultraman" and "Huang Renxun" in the translated article lead to Sam Altman and Jensen Huang', () => {
    const $ = loadPage(pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' }));
    expect($(ENTITY_LINK).filter(':contains("Ultraman")').first().attr('href')).toBe('/de/entitaeten/sam-altman/');
    const huang = $('[id^="mention-jensen-huang-"]').first();
    expect(huang.text()).toBe('Huang Renxun');
    expect(huang.attr('href')).toBe('/de/entitaeten/jensen-huang/');
  });

  it.each(documents)('%s links each entity once per section, never inside headings, in its own language', (url) => {
    const $ = loadPage(url);
    const lang = url.startsWith('/de/') ? '/de/entitaeten/' : '/en/entities/';
    expect($('h1 a, h2 a, h3 a').filter(ENTITY_LINK).length).toBe(0);
    const links = $(ENTITY_LINK);
    expect(links.length).toBeGreaterThan(5);
    links.each((_, link) => {
      expect($(link).attr('href')!.startsWith(lang)).toBe(true);
      expect(fileForUrl($(link).attr('href')!)).toBeDefined();
    });
    // Within one section (between h2 headings), an entity is linked at most once.
    const sections = new Map<number, string[]>();
    let section = 0;
    $('.prose')
      .find(`h2, ${ENTITY_LINK}`)
      .each((_, element) => {
        if (element.tagName === 'h2') section += 1;
        else sections.set(section, [...(sections.get(section) ?? []), $(element).attr('href')!]);
      });
    for (const hrefs of sections.values()) expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it.each(documents)('%s lists the entities it mentions', (url) => {
    const $ = loadPage(url);
    expect($('.mentioned-entities a').length).toBeGreaterThan(5);
  });
});
