/** The strict XML check used on feeds and sitemaps refuses what XML parsers refuse. */
import { describe, expect, it } from 'vitest';
import { xmlErrors } from '../helpers/xml.ts';

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>A &amp; B</title><atom:link href="https://x/?a=1&amp;b=2" rel="self"/><item><description><![CDATA[<p>x</p>]]></description></item></channel></rss>`;

describe('xmlErrors', () => {
  it('accepts a well-formed feed', () => expect(xmlErrors(FEED)).toEqual([]));

  it.each([
    ['a bare ampersand', FEED.replace('A &amp; B', 'A & B'), /"&"/],
    ['a bare ampersand in an attribute', FEED.replace('a=1&amp;b=2', 'a=1&b=2'), /attribute href/],
    ['crossed tags', '<a><b></a></b>', /closes/],
    ['an unclosed element', '<a><b></b>', /never closed/],
    ['two roots', '<a/><b/>', /second root/],
    ['text outside the root', '<a/>text', /outside the root/],
    ['an undeclared prefix', FEED.replace(' xmlns:atom="http://www.w3.org/2005/Atom"', ''), /prefix "atom"/],
    ['a repeated attribute', '<a x="1" x="2"/>', /repeats/],
    ['"<" in text', '<a>1 < 2</a>', /not a tag/],
    ['a control character', '<a>\u0001</a>', /U\+1/],
    ['a late declaration', ` ${FEED}`, /declaration/],
  ])('refuses %s', (_, xml, message) => {
    expect(xmlErrors(xml).join('\n')).toMatch(message);
  });
});
