import { describe, expect, it } from 'vitest';
import { entitiesInOrder, indexMentions, indexRelations, tallyMentions } from '../../src/entities/mention-index.ts';
import { LinkState } from '../../src/entities/link-text.ts';
import { createMentionMatcher } from '../../src/entities/mentions.ts';

const matcher = createMentionMatcher([
  { id: 'microsoft', file: 'm', forms: ['Microsoft'] },
  { id: 'openai', file: 'o', forms: ['OpenAI'] },
  { id: 'sam-altman', file: 's', forms: ['Sam Altman', 'Altman'] },
]);

function page(slug: string, text: string) {
  const state = new LinkState();
  state.segment(text, matcher);
  return { slug, records: state.records };
}

describe('LinkState', () => {
  it('links the first mention per section and anchors every mention', () => {
    const state = new LinkState();
    const first = state.segment('Microsoft und OpenAI. Microsofts Partner OpenAI.', matcher);
    expect(
      first
        .filter((segment) => typeof segment !== 'string')
        .map((segment) => typeof segment !== 'string' && [segment.text, segment.link, segment.anchor]),
    ).toEqual([
      ['Microsoft', true, 'mention-microsoft-1'],
      ['OpenAI', true, 'mention-openai-1'],
      ['Microsofts', false, 'mention-microsoft-2'],
      ['OpenAI', false, 'mention-openai-2'],
    ]);
    state.startSection();
    const second = state.segment('Wieder Microsoft.', matcher);
    expect(second[1]).toMatchObject({ text: 'Microsoft', link: true, anchor: 'mention-microsoft-3' });
    expect(state.records.map((record) => record.sentence)).toEqual([
      'Microsoft und OpenAI.',
      'Microsoft und OpenAI.',
      'Microsofts Partner OpenAI.',
      'Microsofts Partner OpenAI.',
      'Wieder Microsoft.',
    ]);
  });

  it('keeps the text unchanged when segments are joined', () => {
    const text = "Altman sagt: „OpenAIs Weg.“ Microsoft's Azure.";
    const segments = new LinkState().segment(text, matcher);
    expect(segments.map((segment) => (typeof segment === 'string' ? segment : segment.text)).join('')).toBe(text);
  });
});

describe('indexMentions and tallyMentions', () => {
  const pages = [page('a', 'Sam Altman und Microsoft. OpenAI allein.'), page('b', 'Altman leitet OpenAI. Microsoft zahlt.')];
  const index = indexMentions(pages);
  const tallies = tallyMentions(pages);

  it('counts mentions and groups them by page', () => {
    expect(tallies.counts.get('sam-altman')).toBe(2);
    expect(index.byEntity.get('openai')!.map(({ page: found }) => found.slug)).toEqual(['a', 'b']);
  });

  it('ranks co-mentioned entities by shared sentences', () => {
    expect(tallies.related.get('sam-altman')).toEqual([
      { entityId: 'microsoft', sentences: 1 },
      { entityId: 'openai', sentences: 1 },
    ]);
    expect(tallies.related.get('microsoft')).toEqual([{ entityId: 'sam-altman', sentences: 1 }]);
  });

  it('lists entities in order of first mention', () => {
    expect(entitiesInOrder(pages[1]!.records)).toEqual(['sam-altman', 'openai', 'microsoft']);
  });
});

describe('indexRelations', () => {
  it('shows a relation on both entities', () => {
    const relations = indexRelations([
      { id: 'satya-nadella', relations: [{ to: 'microsoft', role: 'CEO of' }] },
      { id: 'microsoft', relations: [] },
    ]);
    expect(relations.get('microsoft')).toEqual([{ subject: 'satya-nadella', object: 'microsoft', role: 'CEO of' }]);
    expect(relations.get('satya-nadella')).toEqual(relations.get('microsoft'));
  });
});
