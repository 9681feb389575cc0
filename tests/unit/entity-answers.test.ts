import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEntityFolder } from '../../src/entities/entity-files.ts';
import {
  allowedTypos,
  createEntityAnswers,
  editDistance,
  entityCard,
  entityNameIndex,
  normalizeName,
  type EntityAnswer,
} from '../../src/search/entity-answers.ts';

/** The real entities, read as the build reads them, and the name index the search page in each language receives. */
const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const { entities, problems } = readEntityFolder(CONTENT);
const answersIn = (lang: 'de' | 'en') => createEntityAnswers(entityNameIndex(entities, lang));
const byId = new Map(entities.map(({ id, data }) => [id, data]));
const german = answersIn('de');
const english = answersIn('en');

/** "card:<id>[ as <form>]" (form given when it is not the entity's name), "suggest:<form>" or "none", for readable expectations. */
function outcome(answer: EntityAnswer | undefined): string {
  if (!answer) return 'none';
  if (answer.type === 'suggestion') return `suggest:${answer.form}`;
  return answer.ids
    .map((id) => `card:${id}${Object.values(byId.get(id)!.name).includes(answer.form) ? '' : ` as ${answer.form}`}`)
    .join(' ');
}

describe('entity answers', () => {
  it('answer a name or alias with the entity, in both languages, whatever the case and diacritics', () => {
    expect(outcome(german.answer('Sam Altman'))).toBe('card:sam-altman');
    expect(outcome(german.answer('satya nadella'))).toBe('card:satya-nadella');
    expect(outcome(german.answer('NVIDIA'))).toBe('card:nvidia');
    expect(outcome(german.answer('  Jensen   Huang '))).toBe('card:jensen-huang');
    expect(outcome(german.answer('Generalstaatsanwaltsburo von Kalifornien'))).toBe('card:california-attorney-general');
    expect(english.answer('Generalstaatsanwaltsbüro von Kalifornien')).toEqual({
      type: 'entities',
      ids: ['california-attorney-general'],
      form: 'Generalstaatsanwaltsbüro von Kalifornien',
    });
    expect(outcome(german.answer('新智元'))).toBe('card:xinzhiyuan');
  });

  it("answer the source's mistranslations, on the English page too", () => {
    expect(outcome(german.answer('Ultraman'))).toBe('card:sam-altman as Ultraman');
    expect(outcome(english.answer('Ultraman'))).toBe('card:sam-altman as Ultraman');
    expect(outcome(german.answer('Huang Renxun'))).toBe('card:jensen-huang as Huang Renxun');
    expect(outcome(english.answer('huang renxun'))).toBe('card:jensen-huang as Huang Renxun');
  });

  it('reads every entity file', () => {
    expect(problems).toEqual([]);
    expect(entities.map(({ id }) => `${id}.yaml`)).toEqual(readdirSync(join(CONTENT, 'entities')).sort());
  });

  it('put the page language first and give the card in it', () => {
    const foundation = byId.get('openai-foundation')!;
    expect(entityNameIndex(entities, 'en')['openai-foundation']![0]).toBe('OpenAI Foundation');
    expect(entityNameIndex(entities, 'de')['openai-foundation']![0]).toBe('OpenAI-Stiftung');
    expect(entityNameIndex(entities, 'en')['sam-altman']).toEqual(['Sam Altman', 'Altman', 'Ultraman']);
    expect(entityCard(foundation, 'en')).toEqual({
      name: 'OpenAI Foundation',
      kind: 'organisation',
      description: foundation.description.en,
    });
    expect(entityCard(foundation, 'de').description).toBe(foundation.description.de);
  });

  it('read German genitives and English possessives', () => {
    expect(outcome(german.answer('Altmans'))).toBe('card:sam-altman as Altman');
    expect(outcome(german.answer('Sam Altmans'))).toBe('card:sam-altman');
    expect(outcome(english.answer("Altman's"))).toBe('card:sam-altman as Altman');
    expect(outcome(english.answer('Nadella’s'))).toBe('card:satya-nadella as Nadella');
    expect(outcome(german.answer('Microsofts'))).toBe('card:microsoft');
  });

  it('suggest a name or alias one or two letters off', () => {
    expect(outcome(german.answer('Nadela'))).toBe('suggest:Nadella');
    expect(outcome(english.answer('Altmann'))).toBe('suggest:Altman');
    expect(outcome(german.answer('Altmanns'))).toBe('suggest:Altman');
    expect(outcome(german.answer('Microsfot'))).toBe('suggest:Microsoft');
    expect(outcome(german.answer('Satya Nadelaa'))).toBe('suggest:Satya Nadella');
    expect(outcome(german.answer('Sutskeever'))).toBe('suggest:Sutskever');
    expect(outcome(english.answer('Jensen Hunag'))).toBe('suggest:Jensen Huang');
  });

  it('keep short names exact, so ordinary words suggest nothing', () => {
    for (const word of ['Team', 'terms', 'Nadel', 'Ding', 'Gate', 'Azur', 'Toner2', 'Hof', 'Bank', 'Meta', 'Halt', 'Amt']) {
      expect(outcome(german.answer(word)), word).toBe('none');
    }
  });

  it('answer nothing for ordinary words and long queries', () => {
    for (const query of [
      'Investitionen',
      'Rechenleistung',
      'Gespräch',
      'Supercomputer',
      'Umstrukturierung',
      'Stiftung',
      'gemeinnützige',
      'Cloud',
      'computing power',
      'restructuring',
      'investment',
      'OpenAI Microsoft Partnerschaft',
    ]) {
      expect(outcome(german.answer(query)), query).toBe('none');
      expect(outcome(english.answer(query)), query).toBe('none');
    }
    expect(german.answer('')).toBeUndefined();
    expect(german.answer(' -- ')).toBeUndefined();
    expect(outcome(german.answer('a'.repeat(200)))).toBe('none');
  });
});

describe('matching helpers', () => {
  it('normalise case, diacritics, ß, apostrophes and punctuation', () => {
    expect(normalizeName('  Größe-Über  D’Angelo ')).toBe('grosse uber dangelo');
    expect(normalizeName('DALL-E')).toBe('dall e');
  });

  it('count Damerau–Levenshtein edits, stopping past the limit', () => {
    expect(editDistance('nadela', 'nadella', 2)).toBe(1);
    expect(editDistance('hunag', 'huang', 2)).toBe(1);
    expect(editDistance('altmann', 'altman', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('agree with a plain full-matrix computation and stay symmetric', () => {
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const distance = editDistance(a, b, limit);
        expect(distance).toBe(Math.min(reference(a, b), limit + 1));
        expect(editDistance(b, a, limit)).toBe(distance);
      }),
    );
  });

  it('tolerate no typo below six letters, one up to eight, two from nine', () => {
    expect([3, 5, 6, 8, 9, 20].map(allowedTypos)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
