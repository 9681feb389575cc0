import { describe, expect, it } from 'vitest';
import { extractFigures, missingFigures, sameFigure, statesDate } from '../../src/record/figures.ts';

const values = (text: string, lang: 'en' | 'de') =>
  extractFigures(text, lang).map((figure) => (figure.percent ? `${figure.value}%` : figure.value));
/** Whether an English statement's figures all stand in the German text. */
const supported = (english: string, german: string) => missingFigures(english, 'en', [german]).length === 0;

describe('extractFigures, English', () => {
  it.each([
    ['32.5%', ['32.5%']],
    ['up 51 percent and 40 per cent', ['51%', '40%']],
    ['130 billion US dollars', [130e9]],
    ['ten billion dollars', [10e9]],
    ['one billion and a trillion', [1e9, 1e12]],
    ['100 million users', [100e6]],
    ['1,000.5 and 2,500,000', [1000.5, 2.5e6]],
    ['a 250-billion-US-dollar deal', [250e9]],
    ['twenty-five years, twenty years', [25, 20]],
    ['two to three years', [2, 3]],
    ['near zero', [0]],
    ['about half', [0.5]],
    ['twice, threefold', [2, 3]],
    ['in 2019, and by 2032.', [2019, 2032]],
    ['34.9 bn', [34.9e9]],
    ['two hundred', [200]],
  ])('%s', (text, expected) => expect(values(text, 'en')).toEqual(expected));

  it('skips "one" and "a" without a magnitude, ordinals, and numbers glued to letters', () => {
    expect(values('one of the largest, a first quarter, the second round, Nvidia H100, Q1, a few billion', 'en')).toEqual([]);
  });

  it('keeps a version number after a hyphen', () => expect(values('GPT-4', 'en')).toEqual([4]));
  it('reports the figure as written', () =>
    expect(extractFigures('worth about 135 billion US dollars', 'en')[0]!.text).toBe('135 billion'));
});

describe('extractFigures, German', () => {
  it.each([
    ['rund 32,5 % der Aktien', ['32.5%']],
    ['32,5 Prozent', ['32.5%']],
    ['27%', ['27%']],
    ['130 Milliarden US-Dollar', [130e9]],
    ['zehn Milliarden Dollar', [10e9]],
    ['einer Milliarde US-Dollar', [1e9]],
    ['eine Billion US-Dollar', [1e12]],
    ['der 250-Milliarden-US-Dollar-Vorabkaufvertrag', [250e9]],
    ['3 Mrd. Euro und 5 Mio. Nutzer und 2 Bio. Dollar', [3e9, 5e6, 2e12]],
    ['1.000,5 und 2.500.000', [1000.5, 2.5e6]],
    ['in den nächsten zwei bis drei Jahren', [2, 3]],
    ['nahezu Null', [0]],
    ['etwa die Hälfte', [0.5]],
    ['fast das Dreifache, zweimal', [3, 2]],
    ['fünfundzwanzig, einundzwanzig', [25, 21]],
    ['Sechs Jahre später, sieben Jahren, elf', [6, 7, 11]],
    ['im November 2022 binnen zwei Monaten 100 Millionen', [2022, 2, 100e6]],
  ])('%s', (text, expected) => expect(values(text, 'de')).toEqual(expected));

  it('skips an article without a magnitude, "Milliarden" without a number and an abbreviation without its full stop', () => {
    expect(values('ein Lächeln, eine Investition, Milliarden von US-Dollar, der Milliarden-Deal, Bio Lebensmittel, einmal', 'de')).toEqual(
      [],
    );
  });

  it('reads a sentence-final year and a date', () => {
    expect(values('Die Geschichte beginnt im Jahr 2019.', 'de')).toEqual([2019]);
    expect(values('am 23.01.2023', 'de')).toEqual([23, 1, 2023]);
  });
});

describe('English statements against German paragraphs, both ways round', () => {
  it.each([
    ['32.5%', '32,5 Prozent'],
    ['32.5 percent', 'rund 32,5 %'],
    ['ten billion', 'zehn Milliarden'],
    ['10 billion', 'zehn Milliarden'],
    ['ten billion', '10 Mrd.'],
    ['130 billion US dollars', '130 Milliarden US-Dollar'],
    ['one billion dollars', 'einer Milliarde Dollar'],
    ['a trillion US dollars', 'eine Billion US-Dollar'],
    ['2019', 'im Jahr 2019.'],
    ['two to three years', 'zwei bis drei Jahre'],
    ['2 to 3 years', 'zwei bis drei Jahre'],
    ['two months', '2 Monate'],
    ['1,000 users', '1.000 Nutzer'],
    ['34.9 billion', '34,9 Milliarden'],
    ['about half', 'etwa die Hälfte'],
    ['almost three times', 'fast das Dreifache'],
  ])('"%s" ~ "%s"', (english, german) => expect(supported(english, german)).toBe(true));

  it.each([
    ['33.5%', '32,5 %'],
    ['32.5%', '32,5 Milliarden'],
    ['32.5', '32,5 %'],
    ['130 million', '130 Milliarden'],
    ['one trillion', 'eine Milliarde'],
    ['one billion', 'eine Billion'],
    ['2018', 'im Jahr 2019'],
    ['three years', 'zwei Jahre'],
  ])('"%s" is not "%s"', (english, german) => expect(supported(english, german)).toBe(false));

  it('finds each figure in any of the cited paragraphs and names the missing one', () => {
    const paragraphs = [
      'Die Geschichte beginnt im Jahr 2019.',
      'Microsoft bot sich als Retter an: eine Investition von einer Milliarde US-Dollar.',
    ];
    expect(missingFigures('In 2019, Microsoft invested one billion US dollars.', 'en', paragraphs)).toEqual([]);
    expect(missingFigures('In 2019, Microsoft invested two billion US dollars.', 'en', paragraphs).map((figure) => figure.text)).toEqual([
      'two billion',
    ]);
  });

  it('checks German statements against German paragraphs', () => {
    expect(missingFigures('Microsoft investiert eine Milliarde US-Dollar.', 'de', ['Investition von einer Milliarde US-Dollar'])).toEqual(
      [],
    );
    expect(missingFigures('Microsoft investiert zwei Milliarden.', 'de', ['Investition von einer Milliarde US-Dollar'])).toHaveLength(1);
  });

  it('compares values within rounding noise only', () => {
    expect(sameFigure({ value: 0.1 + 0.2, percent: false }, { value: 0.3, percent: false })).toBe(true);
    expect(sameFigure({ value: 135e9, percent: false }, { value: 135.1e9, percent: false })).toBe(false);
  });
});

describe('statesDate', () => {
  it('finds a year, a month by name and a day', () => {
    expect(statesDate('Die Geschichte beginnt im Jahr 2019.', { year: 2019 })).toBe(true);
    expect(statesDate('seit seiner Veröffentlichung im November 2022 binnen zwei Monaten', { year: 2022, month: 11 })).toBe(true);
    expect(statesDate('am 23. Januar 2023 gab Microsoft bekannt', { year: 2023, month: 1, day: 23 })).toBe(true);
    expect(statesDate('am 23.01.2023', { year: 2023, month: 1, day: 23 })).toBe(true);
  });

  it('refuses a date the text states less precisely or differently', () => {
    expect(statesDate('im Jahr 2023', { year: 2023, month: 1 })).toBe(false);
    expect(statesDate('im Januar 2023', { year: 2023, month: 1, day: 23 })).toBe(false);
    expect(statesDate('im November 2022', { year: 2023, month: 11 })).toBe(false);
    expect(statesDate('2019 stieg der Umsatz um 2019 Prozent', { year: 2018 })).toBe(false);
    expect(statesDate('ein Anstieg um 2019 %', { year: 2019 })).toBe(false);
    expect(statesDate('im Mai 2024', { year: 2024, month: 3 })).toBe(false);
  });
});
