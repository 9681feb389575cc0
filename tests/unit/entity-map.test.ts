import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/entities/kinds.ts';
import {
  coMentionGraph,
  drawnOnMap,
  namedTogether,
  DEFAULT_LAYOUT,
  labelBox,
  labelLayout,
  labelTier,
  layoutGraph,
  LABEL_MODES,
  rankedPairs,
  TIER_WEIGHTS,
  type Box,
  type CoMentionGraph,
  type EntityMap,
  type MapNode,
} from '../../src/entities/map-layout.ts';
import { labelLines, textWidthEm } from '../../src/entities/label-metrics.ts';
import { neighbourhoodMap } from '../../src/entities/neighbourhood-map.ts';

const compare = (a: string, b: string) => a.localeCompare(b, 'en');
const upper = (id: string) => id.toUpperCase();

/** The co-mention rows of indexMentions for a few entities: each pair listed from both sides. */
function relatedOf(pairs: [string, string, number][]): Map<string, { entityId: string; sentences: number }[]> {
  const related = new Map<string, { entityId: string; sentences: number }[]>();
  for (const [a, b, sentences] of pairs) {
    related.set(a, [...(related.get(a) ?? []), { entityId: b, sentences }]);
    related.set(b, [...(related.get(b) ?? []), { entityId: a, sentences }]);
  }
  return related;
}

const describeAs = (mentions: Record<string, number>) => (id: string) => ({
  kind: id.startsWith('p') ? ('person' as const) : ('organisation' as const),
  mentions: mentions[id] ?? 1,
  names: [upper(id)],
});

/** A graph with the site's shape: a few heavy hubs, many entities named once or twice with them or each other. */
function hubGraph(size: number, seed: number): CoMentionGraph {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const nodes = Array.from({ length: size }, (_, index) => ({
    id: `entity-${String(index).padStart(3, '0')}`,
    kind: ENTITY_KINDS[index % ENTITY_KINDS.length]!,
    mentions: index < 3 ? 40 + Math.floor(random() * 30) : 1 + Math.floor(random() * 6),
    // The label in the other language: sometimes much longer (it breaks into two lines), sometimes shorter.
    names: [upper(`entity-${String(index).padStart(3, '0')}`), index % 4 === 0 ? `Name of entity number ${index} at length` : `E${index}`],
  }));
  const edges = new Map<string, { source: string; target: string; sentences: number }>();
  for (let index = 1; index < size; index += 1) {
    const partners = [Math.floor(random() * Math.min(index, 3)), Math.floor(random() * index)];
    for (const partner of partners) {
      const [source, target] = [nodes[partner]!.id, nodes[index]!.id].sort() as [string, string];
      edges.set(`${source} ${target}`, { source, target, sentences: 1 + Math.floor(random() * random() * 20) });
    }
  }
  return { nodes, edges: [...edges.values()] };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function touchesCircle(box: Box, node: Pick<MapNode, 'x' | 'y' | 'r'>): boolean {
  const dx = node.x - Math.max(box.left, Math.min(node.x, box.right));
  const dy = node.y - Math.max(box.top, Math.min(node.y, box.bottom));
  return Math.hypot(dx, dy) < node.r;
}

/** The promises the drawing makes, checked on one labelled map. */
function expectWellFormed(map: EntityMap): void {
  for (const node of map.nodes) {
    expect(node.x - node.r, `${node.id} inside the view box`).toBeGreaterThanOrEqual(0);
    expect(node.y - node.r, `${node.id} inside the view box`).toBeGreaterThanOrEqual(0);
    expect(node.x + node.r, `${node.id} inside the view box`).toBeLessThanOrEqual(map.width);
    expect(node.y + node.r, `${node.id} inside the view box`).toBeLessThanOrEqual(map.height);
  }
  for (const [index, a] of map.nodes.entries()) {
    for (const b of map.nodes.slice(index + 1)) {
      expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id} do not overlap`).toBeGreaterThanOrEqual(a.r + b.r);
    }
  }
  for (const mode of LABEL_MODES) {
    const shown: { id: string; box: Box }[] = [];
    for (const node of map.nodes) {
      const visible = node.labels.filter((label) => label.visibility[mode] !== 'hidden');
      expect(visible, `${node.id} has one ${mode} label`).toHaveLength(1);
      const label = visible[0]!;
      const box = labelBox(
        { anchor: label.anchor, x: node.x + label.x, y: node.y + label.y },
        node.lines,
        TIER_WEIGHTS[node.tier],
        map.fontSize[mode][node.tier],
      );
      // Where the map is drawn large, every name is shown: the layout kept room for it.
      if (mode === 'wide') expect(label.visibility.wide, `${node.id}'s wide label shown`).toBe('always');
      // Also labels shown only on focus stay inside: a focused node's name is never cut off.
      expect(
        box.left >= -0.1 && box.top >= -0.1 && box.right <= map.width + 0.1 && box.bottom <= map.height + 0.1,
        `${node.id}'s ${mode} label inside the view box`,
      ).toBe(true);
      if (label.visibility[mode] === 'always') shown.push({ id: node.id, box });
    }
    for (const [index, { id, box }] of shown.entries()) {
      for (const other of shown.slice(index + 1))
        expect(overlaps(box, other.box), `${mode} labels of ${id} and ${other.id} overlap`).toBe(false);
      for (const node of map.nodes) expect(touchesCircle(box, node), `${mode} label of ${id} covers ${node.id}`).toBe(false);
    }
  }
  const centres = new Map(map.nodes.map((node) => [node.id, [node.x, node.y]]));
  for (const edge of map.edges) {
    expect([edge.x1, edge.y1]).toEqual(centres.get(edge.source));
    expect([edge.x2, edge.y2]).toEqual(centres.get(edge.target));
  }
}

describe('coMentionGraph', () => {
  it('makes a node of every entity that shares a sentence and an edge of every pair, most shared first', () => {
    const related = relatedOf([
      ['microsoft', 'openai', 26],
      ['p-altman', 'openai', 9],
      ['p-altman', 'microsoft', 3],
    ]);
    related.set('lonely', []);
    const graph = coMentionGraph(related, describeAs({ microsoft: 52, openai: 67, 'p-altman': 20 }));
    expect(graph.nodes).toEqual([
      { id: 'microsoft', kind: 'organisation', mentions: 52, names: ['MICROSOFT'] },
      { id: 'openai', kind: 'organisation', mentions: 67, names: ['OPENAI'] },
      { id: 'p-altman', kind: 'person', mentions: 20, names: ['P-ALTMAN'] },
    ]);
    expect(graph.edges).toEqual([
      { source: 'microsoft', target: 'openai', sentences: 26 },
      { source: 'openai', target: 'p-altman', sentences: 9 },
      { source: 'microsoft', target: 'p-altman', sentences: 3 },
    ]);
  });

  it('draws only the most mentioned, and of those only the ones named with another drawn one', () => {
    const related = relatedOf([
      ['microsoft', 'openai', 26],
      ['p-altman', 'openai', 9],
      ['p-altman', 'microsoft', 3],
      ['nvidia', 'p-huang', 4],
    ]);
    related.set('lonely', []);
    const describe = describeAs({ microsoft: 52, openai: 67, 'p-altman': 20, nvidia: 60, 'p-huang': 5 });
    expect(namedTogether(related).sort()).toEqual(['microsoft', 'nvidia', 'openai', 'p-altman', 'p-huang']);
    // The three most mentioned are openai, nvidia and microsoft; nvidia shares no sentence with the other two.
    const graph = coMentionGraph(related, describe, 3);
    expect(graph.nodes.map(({ id }) => id)).toEqual(['microsoft', 'openai']);
    expect(graph.edges).toEqual([{ source: 'microsoft', target: 'openai', sentences: 26 }]);
    expect(drawnOnMap(related, (id) => describe(id).mentions, 3)).toEqual(new Set(['microsoft', 'openai']));
    expect(coMentionGraph(related, describe, 5)).toEqual(coMentionGraph(related, describe));
    expect(coMentionGraph(related, describe).nodes).toHaveLength(5);
  });

  it('passes on the error for an entity it cannot describe', () => {
    expect(() =>
      coMentionGraph(relatedOf([['a', 'b', 1]]), (id) => {
        throw new Error(`unknown ${id}`);
      }),
    ).toThrow('unknown a');
  });
});

describe('layoutGraph and labelLayout', () => {
  const graph = hubGraph(45, 7);
  const map = labelLayout(layoutGraph(graph), upper, compare);

  it('give the same drawing for the same graph, in whatever order it comes', () => {
    const reversed = { nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    expect(labelLayout(layoutGraph(reversed), upper, compare)).toEqual(map);
    expect(labelLayout(layoutGraph(graph), upper, compare)).toEqual(map);
  });

  it('keep every node and label inside the view box, no two nodes or shown labels overlapping', () => {
    expectWellFormed(map);
    expect(map.nodes.length).toBe(45);
    expect(map.edges.length).toBe(graph.edges.length);
  });

  it('size nodes by mentions and order them most mentioned first', () => {
    const mentions = map.nodes.map((node) => node.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    const [most] = map.nodes;
    const least = map.nodes.at(-1)!;
    expect(most!.r).toBeGreaterThan(least.r);
  });

  it('label the most mentioned nodes first: the top one in both modes, the top three where type is small', () => {
    const labelled = (node: MapNode, mode: (typeof LABEL_MODES)[number]) =>
      node.labels.some((label) => label.visibility[mode] === 'always');
    expect(labelled(map.nodes[0]!, 'narrow')).toBe(true);
    for (const node of map.nodes.slice(0, 3)) expect(labelled(node, 'wide'), node.id).toBe(true);
  });

  it('make the most mentioned names stand out: larger and bold, by tier of mention count', () => {
    const [most] = map.nodes;
    const least = map.nodes.at(-1)!;
    expect(most!.tier).toBe(2);
    expect(least.tier).toBe(0);
    for (const mode of LABEL_MODES) expect(map.fontSize[mode][2]).toBeGreaterThan(map.fontSize[mode][0]);
    expect(TIER_WEIGHTS[2]).toBe('bold');
    expect([labelTier(100, 100), labelTier(25, 100), labelTier(24, 100), labelTier(10, 100), labelTier(9, 100)]).toEqual([2, 2, 1, 1, 0]);
  });

  it('hold for any graph with any names, in both languages', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß'&.-]{1,14}$/);
    const names = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
    const graphs = fc
      .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 1, max: 30 })), {
        minLength: 1,
        maxLength: 60,
        selector: ([a, b]) => `${Math.min(a, b)} ${Math.max(a, b)}`,
      })
      .map((pairs) => pairs.filter(([a, b]) => a !== b))
      .filter((pairs) => pairs.length > 0);
    fc.assert(
      fc.property(
        graphs,
        fc.array(fc.tuple(names, names), { minLength: 25, maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 25, maxLength: 25 }),
        (pairs, named, mentions) => {
          const index = (id: string) => Number(id.slice(1));
          const related = relatedOf(pairs.map(([a, b, sentences]) => [`n${a}`, `n${b}`, sentences]));
          const built = coMentionGraph(related, (id) => ({
            kind: ENTITY_KINDS[index(id) % ENTITY_KINDS.length]!,
            mentions: mentions[index(id)]!,
            names: named[index(id)]!,
          }));
          const layout = layoutGraph(built);
          for (const language of [0, 1] as const) expectWellFormed(labelLayout(layout, (id) => named[index(id)]![language], compare));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('hold for any small graph', () => {
    const graphs = fc
      .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 30 })), {
        minLength: 1,
        maxLength: 40,
        selector: ([a, b]) => `${Math.min(a, b)} ${Math.max(a, b)}`,
      })
      .map((pairs) => pairs.filter(([a, b]) => a !== b))
      .filter((pairs) => pairs.length > 0);
    fc.assert(
      fc.property(graphs, fc.integer({ min: 1, max: 200 }), (pairs, maxMentions) => {
        const name = (id: string) => `Entity number ${id}`;
        const related = relatedOf(pairs.map(([a, b, sentences]) => [`n${a}`, `n${b}`, sentences]));
        const built = coMentionGraph(related, (id) => ({
          kind: 'product',
          mentions: 1 + ((Number(id.slice(1)) * 7919) % maxMentions),
          names: [name(id)],
        }));
        expectWellFormed(labelLayout(layoutGraph(built), name, compare));
      }),
      { numRuns: 25 },
    );
  });

  it('separate nodes that the forces left overlapping', () => {
    // No ticks and a box far too small: every node starts on top of its neighbours.
    expectWellFormed(labelLayout(layoutGraph(graph, { ...DEFAULT_LAYOUT, ticks: 0, width: 40, height: 40 }), upper, compare));
  });

  it('separate even a crowd of equally large nodes, by spreading it wider', () => {
    const crowd = Array.from({ length: 300 }, (_, index) => ({
      id: `n${String(index).padStart(3, '0')}`,
      kind: 'person' as const,
      mentions: 100,
      names: [`N${index}`],
    }));
    const star = { nodes: crowd, edges: crowd.slice(1).map((node) => ({ source: 'n000', target: node.id, sentences: 1 })) };
    const { nodes } = layoutGraph(star, { ...DEFAULT_LAYOUT, ticks: 0 });
    for (const [index, a] of nodes.entries()) {
      for (const b of nodes.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
    }
  });

  it("lay out an archive's graph of more edges than a call may take arguments", () => {
    // 800 entities, every pair named together: 319,600 edges, as a large archive gives.
    const many = Array.from({ length: 800 }, (_, index) => ({
      id: `e${String(index).padStart(3, '0')}`,
      kind: 'organisation' as const,
      mentions: 1 + (index % 50),
      names: [`E${index}`],
    }));
    const edges = many.flatMap((a, index) =>
      many.slice(index + 1).map((b) => ({ source: a.id, target: b.id, sentences: 1 + (index % 7) })),
    );
    expect(edges.length).toBeGreaterThan(300_000);
    const map = labelLayout(layoutGraph({ nodes: many, edges }, { ...DEFAULT_LAYOUT, ticks: 0 }), upper, compare);
    expect(map.nodes).toHaveLength(many.length);
    expect(map.edges.length).toBeGreaterThan(0);
  });

  it('draw nothing for an empty graph', () => {
    expect(labelLayout(layoutGraph({ nodes: [], edges: [] }), upper, compare)).toMatchObject({ width: 0, height: 0, nodes: [], edges: [] });
  });
});

describe('rankedPairs', () => {
  it('groups every edge once by shared sentences, most first, names in order', () => {
    const map = labelLayout(layoutGraph(hubGraph(20, 3)), upper, compare);
    const groups = rankedPairs(map, compare);
    const counts = groups.map((group) => group.sentences);
    expect(counts).toEqual([...new Set(counts)].sort((a, b) => b - a));
    const listed = groups.flatMap((group) => group.pairs.map(([a, b]) => `${[a.id, b.id].sort().join(' ')} ${group.sentences}`));
    expect(listed.sort()).toEqual(map.edges.map((edge) => `${edge.source} ${edge.target} ${edge.sentences}`).sort());
    for (const group of groups) for (const [a, b] of group.pairs) expect(compare(a.name, b.name)).toBeLessThanOrEqual(0);
  });
});

describe('textWidthEm and labelLines', () => {
  it('measures wide letters, bold type and CJK wider than narrow ones', () => {
    expect(textWidthEm('WWW')).toBeGreaterThan(textWidthEm('iii'));
    expect(textWidthEm('Microsoft', 'bold')).toBeGreaterThan(textWidthEm('Microsoft'));
    expect(textWidthEm('新智元')).toBeGreaterThan(textWidthEm('abc'));
    expect(textWidthEm('Größe')).toBeGreaterThan(textWidthEm('Grobe') - 0.01);
    expect(textWidthEm('')).toBe(0);
  });

  it('break a long name once, at the space that balances its lines, keeping the space', () => {
    expect(labelLines('OpenAI', 9)).toEqual(['OpenAI']);
    expect(labelLines('Generalstaatsanwaltsbüro von Kalifornien', 9)).toEqual(['Generalstaatsanwaltsbüro ', 'von Kalifornien']);
    expect(labelLines('OpenAI Group Public Benefit Corporation', 9)).toEqual(['OpenAI Group Public ', 'Benefit Corporation']);
    expect(labelLines('Donaudampfschifffahrtsgesellschaft', 9)).toEqual(['Donaudampfschifffahrtsgesellschaft']);
  });
});

describe('neighbourhoodMap', () => {
  const entity = (id: string, name: string, mentions: number) => ({ id, name, kind: 'organisation' as const, mentions });

  /** Every box the drawing holds: nodes as circles, labels as boxes, all inside the view box and apart. */
  function expectApart(map: NonNullable<ReturnType<typeof neighbourhoodMap>>): void {
    const nodes = [map.centre, ...map.neighbours];
    const labels = nodes.map((node, index) => ({
      id: node.id,
      box: labelBox(node.label, node.lines, index === 0 ? 'bold' : 'regular', index === 0 ? map.fontSize.centre : map.fontSize.neighbour),
    }));
    for (const { id, box } of labels) {
      expect(box.left >= 0 && box.top >= 0 && box.right <= map.width && box.bottom <= map.height, `${id}'s label inside`).toBe(true);
      for (const other of labels) if (other.id !== id) expect(overlaps(box, other.box), `labels of ${id} and ${other.id}`).toBe(false);
      for (const node of nodes) expect(touchesCircle(box, node), `label of ${id} covers ${node.id}`).toBe(false);
    }
    for (const [index, a] of nodes.entries()) {
      expect(a.x - a.r >= 0 && a.y - a.r >= 0 && a.x + a.r <= map.width && a.y + a.r <= map.height, `${a.id} inside`).toBe(true);
      for (const b of nodes.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThan(a.r + b.r);
    }
  }

  it('draws nothing for an entity named with no other', () => {
    expect(neighbourhoodMap(entity('a', 'A', 3), [])).toBeUndefined();
  });

  it('keeps the order of the list, sizes nodes by mentions and fits a phone one to one', () => {
    const neighbours = ['OpenAI', 'Azure', 'Satya Nadella', 'Bloomberg', 'Sam Altman', 'Alphabet', 'Amazon', 'Amy Hood'].map(
      (name, index) => ({
        ...entity(name.toLowerCase(), name, 60 - 7 * index),
        sentences: 26 - 3 * index,
      }),
    );
    const map = neighbourhoodMap(entity('microsoft', 'Microsoft', 52), neighbours)!;
    expect(map.neighbours.map((node) => node.id)).toEqual(neighbours.map((node) => node.id));
    expect(map.neighbours[0]!.r).toBeGreaterThan(map.neighbours.at(-1)!.r);
    expect(map.width).toBeLessThanOrEqual(343);
    expectApart(map);
  });

  it('keeps labels and nodes apart for any neighbours with any names', () => {
    const name = fc.array(fc.stringMatching(/^[A-Za-zÄÖÜäöüß'&.-]{1,16}$/), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
    const neighbour = fc.record({ name, mentions: fc.integer({ min: 1, max: 300 }), sentences: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(
        name,
        fc.integer({ min: 1, max: 300 }),
        fc.array(neighbour, { minLength: 1, maxLength: 8 }),
        (centreName, mentions, rows) => {
          const map = neighbourhoodMap(
            entity('centre', centreName, mentions),
            rows.map((row, index) => ({ ...entity(`n${index}`, row.name, row.mentions), sentences: row.sentences })),
          )!;
          expectApart(map);
        },
      ),
      { numRuns: 500 },
    );
  });
});
