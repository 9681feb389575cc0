import { describe, expect, it } from 'vitest';
import { textCodePoints } from '../../src/page/text-characters.ts';

const characters = (found: Map<number, string>) => [...found.keys()].map((codePoint) => String.fromCodePoint(codePoint)).join('');

describe('textCodePoints', () => {
  it('always holds printable ASCII and the letters and punctuation of German text, whatever the content', () => {
    const found = characters(textCodePoints([]));
    for (const character of 'Az09 ,.;:!?()[]/%&@„“”‚‘’–—…ÄÖÜäöüß§¶€') expect(found, character).toContain(character);
  });

  it('adds every other character the texts use, in code point order, naming the first text that uses it, but no CJK and no control character', () => {
    const found = textCodePoints([
      { name: 'content/articles/a.mdx', text: 'Łódź, São Paulo – 新智元 ½ \u0085' },
      { name: 'content/entities/b.yaml', text: 'Łódź Ελλάδα' },
    ]);
    const added = [...found].filter(([, name]) => name !== 'base');
    expect(added.map(([codePoint]) => String.fromCodePoint(codePoint)).join('')).toBe('½ãóŁźΕάαδλ');
    expect(found.get('Ł'.codePointAt(0)!)).toBe('content/articles/a.mdx');
    expect(found.get('λ'.codePointAt(0)!)).toBe('content/entities/b.yaml');
    expect(characters(found)).not.toMatch(/[新智元\u0085]/u);
  });
});
