/**
 * The entity map: the co-mention graph (entities as nodes, shared sentences as edges) laid out once at
 * build time. d3-force runs a fixed number of ticks from fixed starting points with a seeded random
 * source, so every build draws the same picture; labels go where they overlap no node and no other label.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { EntityKind } from './kinds.ts';
import { labelLines, textWidthEm, type LabelWeight } from './label-metrics.ts';
import type { SharedSentences } from './mention-index.ts';

export interface GraphNode {
  id: string;
  kind: EntityKind;
  mentions: number;
  /** The entity's name in every language: the layout keeps room for the widest label. */
  names: readonly string[];
}

/** One pair of entities named in the same sentences; `source` < `target` by id. */
export interface GraphEdge {
  source: string;
  target: string;
  sentences: number;
}

export interface CoMentionGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * The most entities the map draws: the most mentioned of those named with another. A map of thousands reads as
 * none, and weighs megabytes (10,000 entities at 100,000 articles made an 85 MB page); the index lists them all.
 */
export const MAP_ENTITIES = 100;

/** The entities that share a sentence with another, in the order of `related`. */
export function namedTogether(related: ReadonlyMap<string, readonly SharedSentences[]>): string[] {
  return [...related].filter(([id, row]) => row.some(({ entityId, sentences }) => entityId !== id && sentences >= 1)).map(([id]) => id);
}

/**
 * The entities the map draws: of those that share a sentence with another, the `limit` most mentioned (then by id),
 * less any that shares no sentence with another of them. One selection for the map and for the shards' inputs digest
 * (an entity page links to its node when it is drawn).
 */
export function drawnOnMap(
  related: ReadonlyMap<string, readonly SharedSentences[]>,
  mentions: (id: string) => number,
  limit = Infinity,
): Set<string> {
  const ranked = namedTogether(related).map((id) => ({ id, mentions: mentions(id) }));
  const top = new Set(
    ranked
      .sort(byMentions)
      .slice(0, limit)
      .map(({ id }) => id),
  );
  return new Set(
    [...top].filter((id) => related.get(id)!.some(({ entityId, sentences }) => entityId !== id && sentences >= 1 && top.has(entityId))),
  );
}

/**
 * The entities drawnOnMap picks become nodes, and every pair of them named together one edge (most shared sentences
 * first, then by ids). `related` lists each pair from both sides; an entity missing from `describe` is an error in
 * the caller's data, not something to skip.
 */
export function coMentionGraph(
  related: ReadonlyMap<string, readonly SharedSentences[]>,
  describe: (id: string) => { kind: EntityKind; mentions: number; names: readonly string[] },
  limit = Infinity,
): CoMentionGraph {
  const drawn = drawnOnMap(related, (id) => describe(id).mentions, limit);
  const edges = new Map<string, GraphEdge>();
  for (const id of drawn) {
    for (const { entityId, sentences } of related.get(id)!) {
      if (entityId === id || sentences < 1 || !drawn.has(entityId)) continue;
      const [source, target] = id < entityId ? [id, entityId] : [entityId, id];
      edges.set(`${source}\n${target}`, { source, target, sentences });
    }
  }
  return {
    nodes: [...drawn].sort(compareIds).map((id) => ({ id, ...describe(id) })),
    edges: [...edges.values()].sort(bySentences),
  };
}

function bySentences(a: GraphEdge, b: GraphEdge): number {
  return b.sentences - a.sentences || compareIds(a.source, b.source) || compareIds(a.target, b.target);
}

/** Code-point order: the same in every locale, so the layout does not depend on where it is built. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface LayoutOptions {
  ticks: number;
  seed: number;
  /** Radius of the least and the most mentioned node; areas in between follow the mention count. */
  minRadius: number;
  maxRadius: number;
  /** Least free space between two node circles, or a node and a label. */
  gap: number;
  /**
   * The box the node centres are stretched (or shrunk) to fill after the simulation, in view box units:
   * the drawing's size then no longer depends on how the forces settled, so label type can be sized for it.
   */
  width: number;
  height: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { ticks: 300, seed: 42, minRadius: 6, maxRadius: 34, gap: 6, width: 680, height: 560 };

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: GraphEdge[];
  /** The label options the layout kept room for: labelLayout places labels with the same. */
  labels: LabelOptions;
}

interface SimNode extends SimulationNodeDatum, GraphNode {
  x: number;
  y: number;
  r: number;
}

/** d3's own linear congruential generator, with our seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

/** Most mentioned first, then by id: the simulation's start order and every list derived from it. */
function byMentions(a: Pick<GraphNode, 'id' | 'mentions'>, b: Pick<GraphNode, 'id' | 'mentions'>): number {
  return b.mentions - a.mentions || compareIds(a.id, b.id);
}

/** Radius of a node: its area follows its mention count, never below the least radius. */
export function nodeRadius(mentions: number, maxMentions: number, options: Pick<LayoutOptions, 'minRadius' | 'maxRadius'>): number {
  return Math.max(options.minRadius, options.maxRadius * Math.sqrt(mentions / Math.max(1, maxMentions)));
}

/**
 * The largest of `values`, or `floor` when it is larger (or there are none). A loop: an archive's edges spread into
 * Math.max as arguments overflow the call stack (at 100,000 articles and 10,000 entities).
 */
function largest(values: readonly number[], floor = -Infinity): number {
  let found = floor;
  for (const value of values) if (value > found) found = value;
  return found;
}

/** The smallest of `values` (a loop, as `largest`). */
function smallest(values: readonly number[]): number {
  let found = Infinity;
  for (const value of values) if (value < found) found = value;
  return found;
}

/**
 * Node positions and radii, with room kept below every node for its label in the larger of its names at the
 * wide type size: there the labels of the map drawn large always fit. The same graph gives the same layout
 * whatever its order.
 */
export function layoutGraph(
  graph: CoMentionGraph,
  options: LayoutOptions = DEFAULT_LAYOUT,
  labels: LabelOptions = DEFAULT_LABELS,
): GraphLayout {
  const maxMentions = largest(
    graph.nodes.map((node) => node.mentions),
    1,
  );
  // Phyllotaxis start (as d3 itself would), most mentioned in the middle.
  const nodes: SimNode[] = [...graph.nodes].sort(byMentions).map((node, index) => {
    const radius = 10 * Math.sqrt(0.5 + index);
    const angle = index * Math.PI * (3 - Math.sqrt(5));
    return { ...node, r: nodeRadius(node.mentions, maxMentions, options), x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const edges = [...graph.edges].sort(bySentences);
  const links: SimulationLinkDatum<SimNode>[] = edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const maxSentences = largest(
    edges.map((edge) => edge.sentences),
    1,
  );
  const simulation = forceSimulation(nodes)
    .stop()
    .randomSource(seededRandom(options.seed))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((node) => node.id)
        // Pairs named together often sit closer.
        .distance((link, index) => {
          const { source, target } = link as { source: SimNode; target: SimNode };
          const shared = edges[index]!.sentences / maxSentences;
          return source.r + target.r + 20 + 50 * (1 - Math.sqrt(shared));
        }),
    )
    .force(
      'charge',
      forceManyBody<SimNode>().strength((node) => -60 - 4 * node.r),
    )
    .force('collide', forceCollide<SimNode>((node) => 2 * node.r + 2 * options.gap).iterations(3))
    // Keeps unconnected groups near the rest, and the whole roughly square.
    .force('x', forceX<SimNode>(0).strength(0.07))
    .force('y', forceY<SimNode>(0).strength(0.09));
  simulation.tick(options.ticks);
  fit(nodes, options.width, options.height);
  const bodies = nodes.map((node) => ({ node, ...labelRoom(node, maxMentions, labels) }));
  separate(bodies, options.gap);
  return { nodes: nodes.map(({ id, kind, mentions, names, x, y, r }) => ({ id, kind, mentions, names, x, y, r })), edges, labels };
}

/**
 * Stretches the centres' spread about its middle to fill width × height, keeping its proportions; never
 * shrinks it, since the collision force spread it just enough (a large graph simply gets a larger view box).
 */
function fit(nodes: PlacedNode[], width: number, height: number): void {
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const [left, right, top, bottom] = [smallest(xs), largest(xs), smallest(ys), largest(ys)];
  const scale = Math.max(1, Math.min(width / Math.max(right - left, 1), height / Math.max(bottom - top, 1)));
  for (const node of nodes) {
    node.x = (node.x - (left + right) / 2) * scale;
    node.y = (node.y - (top + bottom) / 2) * scale;
  }
}

/** A node's circle and the room below it for its widest label at the wide size, as offsets from its centre. */
function labelRoom(node: PlacedNode, maxMentions: number, labels: LabelOptions): Box {
  const style = labelStyle(node.mentions, maxMentions);
  const fontSize = labels.fontSize.wide[style.tier];
  const boxes = node.names.map((name) => {
    const size = labelSize(labelLines(name, labels.wrapEm, style.weight), style.weight, fontSize);
    return anchoredBox('below', offsetFor(node.r, 'below', labels.gap), size);
  });
  return union([{ left: -node.r, top: -node.r, right: node.r, bottom: node.r }, ...boxes]);
}

/** A node with the room of its label, as offsets from its centre. */
type Body = Box & { node: PlacedNode };

/**
 * Bodies by the square cells their boxes, widened by half the gap (and a pixel, against rounding), touch: two bodies
 * closer than the gap share a cell, so a body is compared with the few in its cells instead of with every other.
 */
class BodyGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly keysOf: number[][];
  private readonly bodies: Body[];
  private readonly size: number;
  private readonly margin: number;

  constructor(bodies: Body[], size: number, margin: number) {
    [this.bodies, this.size, this.margin] = [bodies, size, margin];
    this.keysOf = bodies.map((_, index) => this.insert(index));
  }

  /** The bodies after `after` (by index) that share a cell with `index`, in index order. */
  candidates(index: number, after: number): number[] {
    const found = new Set<number>();
    for (const key of this.keysOf[index]!) for (const other of this.cells.get(key)!) if (other > after) found.add(other);
    return [...found].sort((a, b) => a - b);
  }

  /** Files a body again after it moved. */
  moved(index: number): void {
    for (const key of this.keysOf[index]!) {
      const cell = this.cells.get(key)!;
      cell.splice(cell.indexOf(index), 1);
    }
    this.keysOf[index] = this.insert(index);
  }

  private insert(index: number): number[] {
    const { node, left, top, right, bottom } = this.bodies[index]!;
    const cell = (at: number) => Math.floor(at / this.size);
    const keys: number[] = [];
    for (let x = cell(node.x + left - this.margin); x <= cell(node.x + right + this.margin); x += 1) {
      for (let y = cell(node.y + top - this.margin); y <= cell(node.y + bottom + this.margin); y += 1) {
        const key = x * 4_194_304 + y;
        keys.push(key);
        const bodies = this.cells.get(key);
        if (bodies) bodies.push(index);
        else this.cells.set(key, [index]);
      }
    }
    return keys;
  }
}

/**
 * Pushes overlapping bodies (a node with its label room) apart until every pair is at least `gap` apart,
 * each along the axis where they overlap least: the collision force is soft, and the map promises labels
 * and nodes that never cover each other. Where pairwise pushes do not settle (a crowd), the whole spread
 * grows a little, which always ends it. Pairs are visited in index order, as a loop over all pairs would;
 * the grid only skips the pairs too far apart to move.
 */
function separate(bodies: Body[], gap: number): void {
  const size =
    largest(
      bodies.map((body) => Math.max(body.right - body.left, body.bottom - body.top)),
      1,
    ) + gap;
  for (let round = 1; ; round += 1) {
    let moved = false;
    const grid = new BodyGrid(bodies, size, gap / 2 + 1);
    for (let i = 0; i < bodies.length; i += 1) {
      const a = bodies[i]!;
      let candidates = grid.candidates(i, i);
      for (let k = 0; k < candidates.length; k += 1) {
        const j = candidates[k]!;
        const b = bodies[j]!;
        const [aLeft, aRight, bLeft, bRight] = [a.node.x + a.left, a.node.x + a.right, b.node.x + b.left, b.node.x + b.right];
        const overlapX = Math.min(aRight, bRight) - Math.max(aLeft, bLeft) + gap;
        if (overlapX <= 0) continue;
        const [aTop, aBottom, bTop, bBottom] = [a.node.y + a.top, a.node.y + a.bottom, b.node.y + b.top, b.node.y + b.bottom];
        const overlapY = Math.min(aBottom, bBottom) - Math.max(aTop, bTop) + gap;
        if (overlapY <= 0) continue;
        // Each moves half the missing distance (plus a hair, so rounding cannot leave them touching).
        if (overlapX < overlapY) {
          const push = (overlapX / 2 + 0.01) * (aLeft + aRight <= bLeft + bRight ? 1 : -1);
          a.node.x -= push;
          b.node.x += push;
        } else {
          const push = (overlapY / 2 + 0.01) * (aTop + aBottom <= bTop + bBottom ? 1 : -1);
          a.node.y -= push;
          b.node.y += push;
        }
        moved = true;
        // Both moved: the bodies after j that are near i now.
        grid.moved(i);
        grid.moved(j);
        candidates = grid.candidates(i, j);
        k = -1;
      }
    }
    if (!moved) return;
    if (round % 20 === 0) {
      for (const { node } of bodies) {
        node.x *= 1.05;
        node.y *= 1.05;
      }
    }
  }
}

/** Where a label sits relative to its node: centred below reads best, so it is tried first. */
const LABEL_SIDES = ['below', 'right', 'above', 'left', 'below-right', 'below-left', 'above-right', 'above-left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** How a label lines up with its anchor point: horizontally its start, middle or end; vertically its top, middle or bottom. */
const LABEL_ALIGN: Record<LabelSide, { h: LabelAnchor; v: 'top' | 'middle' | 'bottom'; dx: number; dy: number }> = {
  below: { h: 'middle', v: 'top', dx: 0, dy: 1 },
  right: { h: 'start', v: 'middle', dx: 1, dy: 0 },
  above: { h: 'middle', v: 'bottom', dx: 0, dy: -1 },
  left: { h: 'end', v: 'middle', dx: -1, dy: 0 },
  'below-right': { h: 'start', v: 'top', dx: Math.SQRT1_2, dy: Math.SQRT1_2 },
  'below-left': { h: 'end', v: 'top', dx: -Math.SQRT1_2, dy: Math.SQRT1_2 },
  'above-right': { h: 'start', v: 'bottom', dx: Math.SQRT1_2, dy: -Math.SQRT1_2 },
  'above-left': { h: 'end', v: 'bottom', dx: -Math.SQRT1_2, dy: -Math.SQRT1_2 },
};
/** The text-anchor of a label: its x is where the label starts, its middle or its end. */
export type LabelAnchor = 'start' | 'middle' | 'end';

/**
 * Two label sets, one per width of the drawing: small type where the map is drawn large, large type
 * (and so fewer labels) where it is drawn small. Each label is shown always, only while its node is
 * hovered or focused (no free place was found), or not at all (the node's label in this mode sits
 * elsewhere).
 */
export const LABEL_MODES = ['wide', 'narrow'] as const;
export type LabelMode = (typeof LABEL_MODES)[number];
export type LabelVisibility = 'always' | 'focus' | 'hidden';

export interface LabelOptions {
  /**
   * Type size per mode and tier, in view box units: the most mentioned stand out more where the map is
   * drawn large (in a small drawing, large type would leave room for few labels).
   */
  fontSize: Record<LabelMode, readonly [number, number, number]>;
  /** Names wider than this (in ems) break into two lines. */
  wrapEm: number;
  /** Space between a node and its label, and around labels. */
  gap: number;
  /** How far beyond the nodes and their wide labels narrow labels may reach. */
  reach: number;
  /** Free space around the drawing. */
  padding: number;
}

export const DEFAULT_LABELS: LabelOptions = {
  fontSize: { wide: [14, 16.5, 20], narrow: [28, 30, 34] },
  wrapEm: 9,
  gap: 3,
  reach: 20,
  padding: 4,
};

/** Line height of labels in ems: the box a label's lines take from its first line's top. */
export const LABEL_LINE_HEIGHT = 1.25;

/** Label weight per tier of mention count: the most mentioned entities' names bold. */
export const TIER_WEIGHTS = ['regular', 'bold', 'bold'] as const satisfies readonly LabelWeight[];
export type LabelTier = 0 | 1 | 2;

/** The tier of a label: top tier from a quarter of the most mentions, the middle one from a tenth. */
export function labelTier(mentions: number, maxMentions: number): LabelTier {
  const share = mentions / Math.max(1, maxMentions);
  return share >= 0.25 ? 2 : share >= 0.1 ? 1 : 0;
}

function labelStyle(mentions: number, maxMentions: number): { tier: LabelTier; weight: LabelWeight } {
  const tier = labelTier(mentions, maxMentions);
  return { tier, weight: TIER_WEIGHTS[tier] };
}

export interface NodeLabel {
  anchor: LabelAnchor;
  /** The anchor point (x) and the top of the first line (y), relative to the node's centre. */
  x: number;
  y: number;
  visibility: Record<LabelMode, LabelVisibility>;
}

export interface MapNode extends PlacedNode {
  name: string;
  /** The name as drawn: one line, or two when it is long (the first keeps its trailing space, so words never glue). */
  lines: string[];
  tier: LabelTier;
  /** One per place in use: one label when both modes put it in the same place. */
  labels: NodeLabel[];
}

export interface MapEdge extends GraphEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface EntityMap {
  width: number;
  height: number;
  /** Label type size per mode and tier, in view box units: what the placement assumed and the drawing must use. */
  fontSize: LabelOptions['fontSize'];
  /** Most mentioned first: the reading and Tab order of the drawing. */
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface LabelSize {
  width: number;
  height: number;
}

function labelSize(lines: string[], weight: LabelWeight, fontSize: number): LabelSize {
  return {
    width: Math.max(...lines.map((line) => textWidthEm(line, weight))) * fontSize,
    height: lines.length * LABEL_LINE_HEIGHT * fontSize,
  };
}

/** The box of a label on `side` of its anchor point x,y. */
function anchoredBox(side: LabelSide, at: { dx: number; dy: number }, size: LabelSize): Box {
  const { h, v } = LABEL_ALIGN[side];
  const left = h === 'start' ? at.dx : h === 'middle' ? at.dx - size.width / 2 : at.dx - size.width;
  const top = v === 'top' ? at.dy : v === 'middle' ? at.dy - size.height / 2 : at.dy - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

/**
 * The box a label covers, as the drawing places it: `x` its anchor, `y` its first line's top, each line
 * LABEL_LINE_HEIGHT ems below the one before.
 */
export function labelBox(
  label: { anchor: LabelAnchor; x: number; y: number },
  lines: string[],
  weight: LabelWeight,
  fontSize: number,
): Box {
  const { width, height } = labelSize(lines, weight, fontSize);
  const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - width / 2 : label.x - width;
  return { left, top: label.y, right: left + width, bottom: label.y + height };
}

/** The anchor point's offset from the node's centre: just outside the circle, in the side's direction. */
function offsetFor(r: number, side: LabelSide, gap: number): { dx: number; dy: number } {
  const { dx, dy } = LABEL_ALIGN[side];
  return { dx: dx * (r + gap), dy: dy * (r + gap) };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

export function boxTouchesCircle(box: Box, circle: { x: number; y: number; r: number }, gap = 0): boolean {
  const dx = circle.x - Math.max(box.left, Math.min(circle.x, box.right));
  const dy = circle.y - Math.max(box.top, Math.min(circle.y, box.bottom));
  return Math.hypot(dx, dy) < circle.r + gap;
}

function circleBox(node: { x: number; y: number; r: number }): Box {
  return { left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r };
}

function union(boxes: Box[]): Box {
  return {
    left: smallest(boxes.map((box) => box.left)),
    top: smallest(boxes.map((box) => box.top)),
    right: largest(boxes.map((box) => box.right)),
    bottom: largest(boxes.map((box) => box.bottom)),
  };
}

const moveBox = (box: Box, dx: number, dy: number): Box => ({
  left: box.left + dx,
  top: box.top + dy,
  right: box.right + dx,
  bottom: box.bottom + dy,
});

interface Labelled extends PlacedNode {
  name: string;
  lines: string[];
  tier: LabelTier;
  weight: LabelWeight;
}

interface Placement {
  /** The label's box relative to the node's centre. */
  box: Box;
  anchor: LabelAnchor;
  /** False for a label that found no free place: drawn below its node, kept inside the region, shown on hover and focus only. */
  free: boolean;
}

/**
 * Where a label may go, best first: each side with the label centred on its direction; then each side with
 * the label slid along the node (by a third or two thirds of its width, or half or all its height, either
 * way); last, each side half a line further out, past a small neighbour's shape.
 */
function candidates(node: Labelled, size: LabelSize, gap: number): Omit<Placement, 'free'>[] {
  const centred = LABEL_SIDES.map((side) => ({ side, box: anchoredBox(side, offsetFor(node.r, side, gap), size) }));
  const slid = [1, 2].flatMap((step) =>
    [-1, 1].flatMap((direction) =>
      centred.map(({ side, box }) => {
        const { h, v } = LABEL_ALIGN[side];
        // Labels above or below slide sideways; those beside a node slide up or down.
        const [dx, dy] =
          v === 'middle' ? [0, (direction * step * size.height) / 2] : h === 'middle' ? [(direction * step * size.width) / 3, 0] : [0, 0];
        return { side, box: moveBox(box, dx, dy) };
      }),
    ),
  );
  const further = LABEL_SIDES.map((side) => ({ side, box: anchoredBox(side, offsetFor(node.r + size.height / 2, side, gap), size) }));
  const seen = new Set<string>();
  return [...centred, ...slid, ...further]
    .filter(({ box }) => {
      const key = `${box.left} ${box.top}`;
      return !seen.has(key) && seen.add(key);
    })
    .map(({ side, box }) => ({ box, anchor: LABEL_ALIGN[side].h }));
}

/** Greedy, most mentioned first: each label takes the first place where it overlaps nothing placed so far. */
function placeLabels(nodes: Labelled[], fontSizes: readonly number[], region: Box, options: LabelOptions): Map<string, Placement> {
  const placed: Box[] = [];
  const placements = new Map<string, Placement>();
  for (const node of nodes) {
    const size = labelSize(node.lines, node.weight, fontSizes[node.tier]!);
    const choices = candidates(node, size, options.gap).map((candidate) => ({ ...candidate, free: true }));
    const free = choices.find(({ box: relative }) => {
      const box = moveBox(relative, node.x, node.y);
      const inside = box.left >= region.left && box.right <= region.right && box.top >= region.top && box.bottom <= region.bottom;
      return (
        inside &&
        !placed.some((other) => boxesOverlap(box, other, options.gap)) &&
        // Its own node only by rounding: every side starts just outside it.
        !nodes.some((other) => other !== node && boxTouchesCircle(box, other, options.gap))
      );
    });
    if (free) {
      placed.push(moveBox(free.box, node.x, node.y));
      placements.set(node.id, free);
      continue;
    }
    const below = choices[0]!;
    const box = moveBox(below.box, node.x, node.y);
    // Shifted sideways into the region where it sticks out (centred on the region when wider than it).
    const shift =
      box.right - box.left > region.right - region.left
        ? (region.left + region.right - box.left - box.right) / 2
        : Math.max(region.left - box.left, Math.min(0, region.right - box.right));
    placements.set(node.id, { ...below, box: moveBox(below.box, shift, 0), free: false });
  }
  return placements;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Where a label's text is drawn from its box: the anchor's x and the first line's top. */
function anchorOf(placement: Placement): { anchor: LabelAnchor; x: number; y: number } {
  const { box, anchor } = placement;
  const x = anchor === 'start' ? box.left : anchor === 'middle' ? (box.left + box.right) / 2 : box.right;
  return { anchor, x: round(x), y: round(box.top) };
}

/**
 * The map in one language: labels placed for both modes, then everything moved into a view box from
 * 0,0 that holds every node and every label (also those shown only on focus), coordinates rounded.
 * `order` sorts nodes of equal mention count (by name in the page's language).
 */
export function labelLayout(layout: GraphLayout, name: (id: string) => string, order: (a: string, b: string) => number): EntityMap {
  const options = layout.labels;
  const { fontSize } = options;
  if (layout.nodes.length === 0) return { width: 0, height: 0, fontSize, nodes: [], edges: [] };
  const maxMentions = largest(
    layout.nodes.map((node) => node.mentions),
    1,
  );
  const nodes: Labelled[] = [...layout.nodes]
    .sort((a, b) => b.mentions - a.mentions || order(name(a.id), name(b.id)) || compareIds(a.id, b.id))
    .map((node) => {
      const { tier, weight } = labelStyle(node.mentions, maxMentions);
      return { ...node, name: name(node.id), tier, weight, lines: labelLines(name(node.id), options.wrapEm, weight) };
    });
  // Wide labels sit below their nodes, where the layout kept room; narrow ones may reach a little beyond.
  const wideBelow = nodes.map((node) =>
    moveBox(
      anchoredBox('below', offsetFor(node.r, 'below', options.gap), labelSize(node.lines, node.weight, fontSize.wide[node.tier]!)),
      node.x,
      node.y,
    ),
  );
  const drawn = union([...nodes.map(circleBox), ...wideBelow]);
  const region = {
    left: drawn.left - options.reach,
    top: drawn.top - options.reach,
    right: drawn.right + options.reach,
    bottom: drawn.bottom + options.reach,
  };
  const placements = LABEL_MODES.map((mode) => ({ mode, placements: placeLabels(nodes, fontSize[mode], region, options) }));
  const labelled = nodes.map(({ weight: _weight, ...node }) => {
    const labels: NodeLabel[] = [];
    for (const { mode, placements: byNode } of placements) {
      const placement = byNode.get(node.id)!;
      const position = anchorOf(placement);
      // Both modes share one text element when they put the label in the same place.
      let label = labels.find((other) => other.anchor === position.anchor && other.x === position.x && other.y === position.y);
      if (!label) {
        label = { ...position, visibility: { wide: 'hidden', narrow: 'hidden' } };
        labels.push(label);
      }
      label.visibility[mode] = placement.free ? 'always' : 'focus';
    }
    return { ...node, labels };
  });
  const extent = union([
    ...nodes.map(circleBox),
    ...nodes.flatMap((node) =>
      LABEL_MODES.map((mode) => moveBox(placements.find((p) => p.mode === mode)!.placements.get(node.id)!.box, node.x, node.y)),
    ),
  ]);
  const dx = options.padding - extent.left;
  const dy = options.padding - extent.top;
  const moved = labelled.map((node) => ({ ...node, x: round(node.x + dx), y: round(node.y + dy), r: round(node.r) }));
  const byId = new Map(moved.map((node) => [node.id, node]));
  const edges = layout.edges.map((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) throw new Error(`entity map: edge ${edge.source}–${edge.target} names a node the graph does not have`);
    return { ...edge, x1: source.x, y1: source.y, x2: target.x, y2: target.y };
  });
  return {
    width: Math.ceil(extent.right - extent.left + 2 * options.padding),
    height: Math.ceil(extent.bottom - extent.top + 2 * options.padding),
    fontSize,
    nodes: moved,
    edges,
  };
}

/** The fragment id of an entity's node on the map page, for "show on the map" links. */
export function mapNodeId(entityId: string): string {
  return `node-${entityId}`;
}

/** Stroke width of an edge: area-like growth with the shared sentences, so one strong pair does not drown the rest. */
export function edgeWidth(sentences: number): number {
  return round(1 + 1.6 * Math.sqrt(sentences - 1));
}

/** One path per stroke width, thinnest first: the same drawing in far fewer bytes than a line per edge. */
export function edgePaths(edges: readonly Pick<MapEdge, 'sentences' | 'x1' | 'y1' | 'x2' | 'y2'>[]): { width: number; d: string }[] {
  return [...Map.groupBy(edges, (edge) => edgeWidth(edge.sentences))]
    .sort(([a], [b]) => a - b)
    .map(([width, group]) => ({ width, d: group.map((edge) => `M${edge.x1} ${edge.y1}L${edge.x2} ${edge.y2}`).join('') }));
}

/** The shape of each kind, so the legend and the map do not depend on colour alone. */
const KIND_SHAPES: Record<EntityKind, 'circle' | 'square' | 'pentagon' | 'diamond' | 'triangle' | 'hexagon'> = {
  person: 'circle',
  organisation: 'square',
  'public-body': 'pentagon',
  product: 'diamond',
  service: 'triangle',
  place: 'hexagon',
};

function polygon(corners: number, r: number, rotation: number): string {
  const points = Array.from({ length: corners }, (_, index) => {
    const angle = rotation + (index * 2 * Math.PI) / corners;
    return `${round(r * Math.cos(angle))} ${round(r * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

/** Path data of a kind's shape centred on 0,0, inside a circle of radius r (so shapes never overlap). */
export function shapePath(kind: EntityKind, r: number): string {
  const up = -Math.PI / 2;
  switch (KIND_SHAPES[kind]) {
    case 'circle': {
      const radius = round(r * 0.92);
      return `M${-radius} 0a${radius} ${radius} 0 1 0 ${2 * radius} 0a${radius} ${radius} 0 1 0 ${-2 * radius} 0Z`;
    }
    case 'square':
      return polygon(4, r, Math.PI / 4);
    case 'pentagon':
      return polygon(5, r, up);
    case 'diamond':
      return polygon(4, r, up);
    case 'triangle':
      return polygon(3, r, up);
    case 'hexagon':
      return polygon(6, r, 0);
  }
}

export interface PairGroup {
  sentences: number;
  /** Each pair's two nodes in name order; pairs by first name, then second. */
  pairs: [MapNode, MapNode][];
}

/** The map's edges as the text alternative reads them: grouped by shared sentences, most first. */
export function rankedPairs(map: EntityMap, order: (a: string, b: string) => number): PairGroup[] {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const groups = new Map<number, [MapNode, MapNode][]>();
  for (const edge of map.edges) {
    const pair = [byId.get(edge.source)!, byId.get(edge.target)!].sort((a, b) => order(a.name, b.name)) as [MapNode, MapNode];
    const group = groups.get(edge.sentences);
    if (group) group.push(pair);
    else groups.set(edge.sentences, [pair]);
  }
  return [...groups]
    .sort(([a], [b]) => b - a)
    .map(([sentences, pairs]) => ({ sentences, pairs: pairs.sort((a, b) => order(a[0].name, b[0].name) || order(a[1].name, b[1].name)) }));
}
