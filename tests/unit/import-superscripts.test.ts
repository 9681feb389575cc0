/**
 * Superscripts and subscripts of Markdown and HTML sources: a footnote marker, "m²" written as m<sup>2</sup> and
 * "CO₂" as CO<sub>2</sub> stay raised or lowered, so a marker is no digit glued to the next word ("begleitet.2 73
 * Prozent" read as "273 Prozent"); a footnote's definitions keep their numbers, and a marker after the last sentence
 * does not make the article look cut off. The frontmatter's lede is plain text, so a paragraph with a mark stays in the body.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../helpers/import-text.ts';
import { bodyOf, childrenOf, isElement, renderBody, textOf } from '../helpers/render-body.ts';

/** /tmp/impsweep2/inputs/15-fussnoten.md: GFM footnotes, one with a name for a label. */
const MARKDOWN = `# Studie: Vier-Tage-Woche senkt Krankenstand

Ein Pilotprojekt mit 45 deutschen Unternehmen kommt zu einem positiven Ergebnis.[^1] Die Beschäftigten meldeten sich im Schnitt seltener krank.

Die Universität Münster hatte die Firmen sechs Monate lang begleitet.[^2] 73 Prozent der Betriebe wollen das Modell beibehalten.

Kritiker wie das Institut der deutschen Wirtschaft (IW) halten die Stichprobe für nicht repräsentativ.[^iw]

[^1]: Abschlussbericht „4-Tage-Woche Deutschland“, Februar 2026.
[^2]: Die Teilnahme war freiwillig; beteiligt waren vor allem Dienstleister.
[^iw]: IW-Kurzbericht 12/2026.
`;

const HTML = `<article><h1>Neue Büros in Berlin</h1>
<p>Der Softwarekonzern zieht in der Hauptstadt um, wie er am Montag mitteilte.</p>
<p>Das Unternehmen bezieht 12.000 m<sup>2</sup> Bürofläche und senkt den CO<sub>2</sub>-Ausstoß seiner Gebäude um ein Drittel.<sup>1</sup></p>
<p>Der Umzug soll im Frühjahr abgeschlossen sein, teilte eine Sprecherin mit.<sup><a href="#fn1">2</a></sup></p>
</article>`;

/** Every element of a rendered tree whose tag is `tag`, with its text. */
function textsOf(nodes: unknown[], tag: string): string[] {
  return nodes.filter(isElement).flatMap((node) => [...(node.type === tag ? [textOf(node)] : []), ...textsOf(childrenOf(node), tag)]);
}

describe('footnotes of a Markdown source', () => {
  it('keep their markers raised and their definitions numbered; the content check passes', () => {
    const { prepared, problems } = importText(MARKDOWN, 'a.md');
    expect(bodyOf(prepared.mdx)).toContain('begleitet.<sup>2</sup> 73 Prozent');
    expect(bodyOf(prepared.mdx)).toContain('1. Abschlussbericht');
    const rendered = renderBody(prepared.mdx, prepared.frontmatter.lede);
    expect(textsOf(rendered, 'sup')).toEqual(['1', '2', '3']);
    expect(problems).toEqual([]);
  });

  it('keep the first paragraph in the body when it holds a marker: the frontmatter lede is plain text', () => {
    const { prepared, data } = importText(MARKDOWN, 'a.md');
    expect(data['lede']).toBeUndefined();
    expect(bodyOf(prepared.mdx)).toContain('positiven Ergebnis.<sup>1</sup> Die Beschäftigten');
  });

  it('do not make the article look cut off: a marker after the last sentence ends nothing', () => {
    const { prepared, data } = importText(MARKDOWN, 'a.md');
    expect(data['truncated']).toBeUndefined();
    expect(prepared.notes).toContainEqual(expect.stringMatching(/^ending: complete/));
  });
});

describe('superscripts and subscripts of an HTML source', () => {
  it('stay raised and lowered, and the content check passes', () => {
    const { prepared, problems, data } = importText(HTML, 'a.html');
    const rendered = renderBody(prepared.mdx, prepared.frontmatter.lede);
    expect(bodyOf(prepared.mdx)).toContain('12.000 m<sup>2</sup> Bürofläche');
    expect(textsOf(rendered, 'sup')).toEqual(['2', '1', '2']);
    expect(textsOf(rendered, 'sub')).toEqual(['2']);
    expect(problems).toEqual([]);
    expect(data['truncated']).toBeUndefined();
  });
});
