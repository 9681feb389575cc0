import { describe, expect, it } from 'vitest';
import { MAX_ROWS, parallelRows } from '../../src/record/parallel-rows.ts';
import { citedBy, summaryStatements } from '../../src/record/statements.ts';

const rowsOf = (keyPoints: { text: string; cites: number[] }[], body: string) =>
  [...parallelRows(citedBy(summaryStatements(keyPoints, body)))].map(([number, row]) => [
    number,
    row.statements.map((statement) => statement.id),
    row.rows,
  ]);

describe('parallelRows', () => {
  it('places each statement once, beside the first paragraph it cites, spanning to the next paragraph with statements', () => {
    const rows = rowsOf(
      [
        { text: 'A.', cites: [4, 2] },
        { text: 'B.', cites: [7] },
      ],
      'C. <Cite p={[2, 3, 9]} />\n\nD. <Cite p={[3, 7]} />',
    );
    expect(rows).toEqual([
      [2, ['kp-1', 's-1'], 1],
      [3, ['s-2'], 4],
      [7, ['kp-2'], MAX_ROWS],
    ]);
  });

  it('spans at most MAX_ROWS blocks, however far the next statement stands', () => {
    expect(rowsOf([{ text: 'A.', cites: [1] }], 'B. <Cite p={[40]} />')).toEqual([
      [1, ['kp-1'], MAX_ROWS],
      [40, ['s-1'], MAX_ROWS],
    ]);
  });

  it('computes once per article', () => {
    const map = citedBy(summaryStatements([{ text: 'A.', cites: [1] }], ''));
    expect(parallelRows(map)).toBe(parallelRows(map));
  });
});
