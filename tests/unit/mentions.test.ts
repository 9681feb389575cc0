import { describe, expect, it } from 'vitest';
import { mentionMatcher } from '../../src/entities/entity-files.ts';
import { ENTITY_SCHEMA } from '../../src/entities/entity-schema.ts';
import { createMentionMatcher, DuplicateAliasError, sentenceAround, type EntityForms } from '../../src/entities/mentions.ts';
import { entityForms } from '../../src/entities/names.ts';

const entities: EntityForms[] = [
  { id: 'microsoft', file: 'microsoft.yaml', forms: ['Microsoft'] },
  { id: 'azure', file: 'azure.yaml', forms: ['Azure'] },
  { id: 'azure-openai-service', file: 'azure-openai-service.yaml', forms: ['Azure OpenAI Service'] },
  { id: 'openai', file: 'openai.yaml', forms: ['OpenAI'] },
  { id: 'bloomberg', file: 'bloomberg.yaml', forms: ['Bloomberg'] },
  { id: 'bloomberg-intelligence', file: 'bloomberg-intelligence.yaml', forms: ['Bloomberg Intelligence'] },
  { id: 'sam-altman', file: 'sam-altman.yaml', forms: ['Sam Altman', 'Altman', 'Ultraman'] },
  { id: 'bill-gates', file: 'bill-gates.yaml', forms: ['Bill Gates'] },
  { id: 'dall-e', file: 'dall-e.yaml', forms: ['DALL-E'] },
];

function found(text: string): string[] {
  return createMentionMatcher(entities)
    .find(text)
    .map((mention) => `${mention.entityId}:${text.slice(mention.start, mention.end)}`);
}

describe('mention matching', () => {
  it('takes the longest match first', () => {
    expect(found('der Azure OpenAI Service von Microsoft')).toEqual(['azure-openai-service:Azure OpenAI Service', 'microsoft:Microsoft']);
    expect(found('so Anurag Rana, Analyst bei Bloomberg Intelligence.')).toEqual(['bloomberg-intelligence:Bloomberg Intelligence']);
    expect(found('berichtet Bloomberg, dass')).toEqual(['bloomberg:Bloomberg']);
    expect(found('Azure-Cloud')).toEqual(['azure:Azure']);
  });

  it('respects word boundaries', () => {
    expect(found('Microsoftware, MicrosoftX, AOpenAI, Altmann')).toEqual([]);
  });

  it('finds German genitives and English possessives with the ending inside the span', () => {
    expect(found('Microsofts Azure-Cloud und OpenAIs Modelle, Altmans Lächeln')).toEqual([
      'microsoft:Microsofts',
      'azure:Azure',
      'openai:OpenAIs',
      'sam-altman:Altmans',
    ]);
    expect(found("Microsoft's cloud and Microsoft’s partner")).toEqual(["microsoft:Microsoft's", 'microsoft:Microsoft’s']);
    expect(found("an Bill Gates' Vision")).toEqual(["bill-gates:Bill Gates'"]);
  });

  it('knows source-only aliases such as Ultraman for Sam Altman', () => {
    expect(found('Ultraman und Nadella traten auf')).toEqual(['sam-altman:Ultraman']);
    expect(found('Sam Altman, CEO von OpenAI')).toEqual(['sam-altman:Sam Altman', 'openai:OpenAI']);
  });

  it('matches aliases that contain punctuation', () => {
    expect(found('den Bildgenerator DALL-E mit')).toEqual(['dall-e:DALL-E']);
  });

  it('refuses an alias claimed by two entities, naming both files', () => {
    expect(() =>
      createMentionMatcher([
        { id: 'a', file: 'content/entities/a.yaml', forms: ['Hood'] },
        { id: 'b', file: 'content/entities/b.yaml', forms: ['Hood'] },
      ]),
    ).toThrow(
      new DuplicateAliasError(
        'the alias "Hood" is claimed by two entities: content/entities/a.yaml and content/entities/b.yaml; keep it in one of them',
      ),
    );
  });

  it('costs steps linear in the text length, independent of the number of aliases', () => {
    const text = 'Microsoft und OpenAI sprechen über Azure, Bloomberg berichtet. '.repeat(2_000);
    const few = createMentionMatcher(entities);
    few.find(text);
    const many = createMentionMatcher([
      ...entities,
      ...Array.from({ length: 5_000 }, (_, n) => ({ id: `e${n}`, file: `e${n}.yaml`, forms: [`Firma${n} Holding AG`, `Person${n}`] })),
    ]);
    many.find(text);
    expect(many.steps).toBe(few.steps);
    const double = createMentionMatcher(entities);
    double.find(text + text);
    expect(double.steps).toBe(2 * few.steps);
    const words = text.split(/\s+/).length;
    expect(few.steps).toBeLessThanOrEqual(4 * words);
  });
});

describe('entity names', () => {
  const altman = ENTITY_SCHEMA.parse({
    kind: 'person',
    name: { de: 'Sam Altman', en: 'Sam Altman' },
    aliases: { de: ['Altman', 'Ultraman'], en: ['Altman', 'Sam'] },
    description: { de: 'CEO von OpenAI.', en: 'CEO of OpenAI.' },
  });

  it('lists the forms of the given languages in order, display name first, each once', () => {
    expect(entityForms(altman, ['de'])).toEqual(['Sam Altman', 'Altman', 'Ultraman']);
    expect(entityForms(altman, ['en', 'de'])).toEqual(['Sam Altman', 'Altman', 'Sam', 'Ultraman']);
  });

  it("match a text by its own language's forms only", () => {
    const spans = (lang: 'de' | 'en', text: string) =>
      mentionMatcher([{ id: 'sam-altman', data: altman }], lang)
        .find(text)
        .map((mention) => text.slice(mention.start, mention.end));
    expect(spans('de', 'Ultraman und Sam trafen Altmans Team')).toEqual(['Ultraman', 'Altmans']);
    expect(spans('en', 'Ultraman and Sam met Altman’s team')).toEqual(['Sam', 'Altman’s']);
  });
});

describe('sentenceAround', () => {
  const text = 'Zuerst waren es Gerüchte. Jetzt berichtet Bloomberg, dass Microsoft einsteigt! "Wir freuen uns", sagte er.';
  it('returns the sentence holding the mention, unchanged', () => {
    const start = text.indexOf('Bloomberg');
    expect(sentenceAround(text, start, start + 9)).toBe('Jetzt berichtet Bloomberg, dass Microsoft einsteigt!');
    expect(sentenceAround(text, 0, 6)).toBe('Zuerst waren es Gerüchte.');
    expect(sentenceAround(text, text.length - 3, text.length - 1)).toBe('"Wir freuen uns", sagte er.');
  });
});
