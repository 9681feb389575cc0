import { describe, expect, it } from 'vitest';
import { articleToMdx } from '../../src/record/article-mdx.ts';
import { citationProblems, citedBy, statementLabel, stripCites, summaryStatements } from '../../src/record/statements.ts';
import { articleParagraphs, paragraphId } from '../../src/record/paragraphs.ts';

const body = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('articleParagraphs', () => {
  it('numbers the lede as p-1, then every body block in order: sub-headings, paragraphs, teasers', () => {
    const paragraphs = articleParagraphs(
      'Der Vorspann.',
      'Erster Absatz.\n\n## Eine Überschrift\n\n### Darunter\n\n<p class="teaser">Weiterlesen: mehr</p>\n\nLetzter Absatz.\n',
    );
    expect(paragraphs).toEqual([
      { number: 1, kind: 'lede', text: 'Der Vorspann.' },
      { number: 2, kind: 'paragraph', text: 'Erster Absatz.' },
      { number: 3, kind: 'heading', text: 'Eine Überschrift' },
      { number: 4, kind: 'heading', text: 'Darunter' },
      { number: 5, kind: 'teaser', text: 'Weiterlesen: mehr' },
      { number: 6, kind: 'paragraph', text: 'Letzter Absatz.' },
    ]);
  });

  it('starts the body at p-1 when there is no lede', () => {
    expect(articleParagraphs(undefined, 'Eins.\n\nZwei.').map((paragraph) => `${paragraphId(paragraph.number)} ${paragraph.text}`)).toEqual(
      ['p-1 Eins.', 'p-2 Zwei.'],
    );
  });

  it('decodes the importer’s escapes, so the text reads as the page shows it', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: '1. Absatz mit <b>Tags</b>, {Klammern}, Sternen *wie hier* & Co.' },
      { kind: 'heading' as const, text: '# Keine Überschrift, sondern Text' },
      { kind: 'teaser' as const, text: 'Weiterlesen: <i>kursiv</i>' },
      { kind: 'paragraph' as const, text: '- kein Listenpunkt \\ mit Backslash' },
    ];
    const mdx = articleToMdx({ title: 'T', publisher: 'unknown', source: 'x.txt' }, blocks);
    expect(articleParagraphs(undefined, body(mdx)).map((paragraph) => paragraph.text)).toEqual(blocks.map((block) => block.text));
  });

  it('folds a block written over several lines as a browser does, keeping no-break spaces', () => {
    expect(articleParagraphs(undefined, 'Eine Zeile\nund noch eine,\u00A0fest.\n\n\n\nZweiter.')[0]!.text).toBe(
      'Eine Zeile und noch eine,\u00A0fest.',
    );
  });

  it('treats lines holding only blanks as block separators', () => {
    expect(articleParagraphs(undefined, 'Eins.\n   \nZwei.')).toHaveLength(2);
  });
});

describe('summaryStatements', () => {
  const keyPoints = [
    { text: 'First point.', cites: [2] },
    { text: 'Second point.', cites: [3, 5] },
  ];
  const summaryBody =
    'Intro paragraph. <Cite p={[1, 2]} />\n\n## A heading\n\nSecond paragraph with a "quote". <Cite p={[ 7 ,8 ]} />\n\nThird, cited twice <Cite p={[4]} /> and <Cite p={[9]} />\n';

  it('gives key points kp-N and body paragraphs s-N, skipping headings, with the cited paragraph numbers', () => {
    const statements = summaryStatements(keyPoints, summaryBody);
    expect(statements.map(({ id, text, cites }) => ({ id, text, cites }))).toEqual([
      { id: 'kp-1', text: 'First point.', cites: [2] },
      { id: 'kp-2', text: 'Second point.', cites: [3, 5] },
      { id: 's-1', text: 'Intro paragraph.', cites: [1, 2] },
      { id: 's-2', text: 'Second paragraph with a "quote".', cites: [7, 8] },
      { id: 's-3', text: 'Third, cited twice and', cites: [4, 9] },
    ]);
    expect(statements.map(statementLabel)).toEqual([
      'key point 1',
      'key point 2',
      'body paragraph 1',
      'body paragraph 2',
      'body paragraph 3',
    ]);
  });

  it('strips citations for word counts', () => {
    expect(stripCites('Text <Cite p={[1, 2]} /> more <Cite p="3" />.')).toBe('Text  more .');
  });

  it('maps each paragraph to the statements that cite it', () => {
    const map = citedBy(summaryStatements(keyPoints, summaryBody));
    expect(map.get(2)!.map((statement) => statement.id)).toEqual(['kp-1', 's-1']);
    expect(map.get(9)!.map((statement) => statement.id)).toEqual(['s-3']);
    expect(map.has(6)).toBe(false);
  });
});

describe('citationProblems', () => {
  it('is empty when every statement cites existing paragraphs', () => {
    expect(citationProblems(summaryStatements([{ text: 'A.', cites: [1] }], 'B. <Cite p={[2]} />'), 2)).toEqual([]);
  });

  it('names a key point that cites a paragraph the article lacks, and the range to choose from', () => {
    expect(
      citationProblems(
        summaryStatements(
          [
            { text: 'A.', cites: [1] },
            { text: 'B.', cites: [999] },
          ],
          'C. <Cite p={[1]} />',
        ),
        58,
      ),
    ).toEqual(['key point 2 cites paragraph 999, but the article has paragraphs p-1 to p-58; cite one of those']);
  });

  it('names an uncited body paragraph and a malformed citation', () => {
    const problems = citationProblems(
      summaryStatements([{ text: 'A.', cites: [1] }], 'Cited. <Cite p={[1]} />\n\nNot cited.\n\nWrong <Cite p="2" />'),
      3,
    );
    expect(problems).toEqual([
      'body paragraph 2 cites no paragraph; end it with <Cite p={[12, 14]} /> naming the German paragraphs it rests on',
      'body paragraph 3: write the citation as <Cite p={[12, 14]} /> (paragraph numbers of the German article), not <Cite p="2" />',
      'body paragraph 3 cites no paragraph; end it with <Cite p={[12, 14]} /> naming the German paragraphs it rests on',
    ]);
  });

  it('names an uncited key point and paragraph 0', () => {
    expect(
      citationProblems(
        summaryStatements(
          [
            { text: 'A.', cites: [] },
            { text: 'B.', cites: [0] },
          ],
          '',
        ),
        5,
      ),
    ).toEqual([
      'key point 1 cites no paragraph; give the German paragraphs it rests on as cites: [12, 14]',
      'key point 2 cites paragraph 0, but the article has paragraphs p-1 to p-5; cite one of those',
    ]);
  });
});
