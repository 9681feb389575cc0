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

export interface GraphNode {
  id: string;
  kind: EntityKind;
  mentions: number;
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
 * Every entity that shares a sentence with another becomes a node, every such pair one edge (most shared
 * sentences first, then by ids). `related` lists each pair from both sides; an entity missing from
 * `describe` is an error in the caller's data, not something to skip.
 */
export function coMentionGraph(
  related: ReadonlyMap<string, readonly { entityId: string; sentences: number }[]>,
  describe: (id: string) => { kind: EntityKind; mentions: number },
): CoMentionGraph {
  const edges = new Map<string, GraphEdge>();
  const ids = new Set<string>();
  for (const [id, row] of related) {
    for (const { entityId, sentences } of row) {
      if (entityId === id || sentences < 1) continue;
      const [source, target] = id < entityId ? [id, entityId] : [entityId, id];
      ids.add(source).add(target);
      edges.set(`${source}\n${target}`, { source, target, sentences });
    }
  }
  const nodes = [...ids].sort().map((id) => ({ id, ...describe(id) }));
  return { nodes, edges: [...edges.values()].sort(bySentences) };
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
  /** Least free space between two node circles. */
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
function byMentions(a: GraphNode, b: GraphNode): number {
  return b.mentions - a.mentions || compareIds(a.id, b.id);
}

/** Node positions (centred on 0,0) and radii; the same graph gives the same layout whatever its order. */
export function layoutGraph(graph: CoMentionGraph, options: LayoutOptions = DEFAULT_LAYOUT): GraphLayout {
  const maxMentions = Math.max(1, ...graph.nodes.map((node) => node.mentions));
  // Phyllotaxis start (as d3 itself would), most mentioned in the middle.
  const nodes: SimNode[] = [...graph.nodes].sort(byMentions).map((node, index) => {
    const radius = 10 * Math.sqrt(0.5 + index);
    const angle = index * Math.PI * (3 - Math.sqrt(5));
    const r = Math.max(options.minRadius, options.maxRadius * Math.sqrt(node.mentions / maxMentions));
    return { ...node, r, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const edges = [...graph.edges].sort(bySentences);
  const links: SimulationLinkDatum<SimNode>[] = edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const maxSentences = Math.max(1, ...edges.map((edge) => edge.sentences));
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
    // Larger nodes keep more room around them: that is where their labels go.
    .force('collide', forceCollide<SimNode>((node) => 2 * node.r + 2 * options.gap).iterations(3))
    // Keeps unconnected groups near the rest, and the whole roughly square.
    .force('x', forceX<SimNode>(0).strength(0.07))
    .force('y', forceY<SimNode>(0).strength(0.09));
  simulation.tick(options.ticks);
  fit(nodes, options.width, options.height);
  separate(nodes, options.gap);
  return { nodes: nodes.map(({ id, kind, mentions, x, y, r }) => ({ id, kind, mentions, x, y, r })), edges };
}

/**
 * Stretches the centres' spread about its middle to fill width × height, keeping its proportions; never
 * shrinks it, since the collision force spread it just enough (a large graph simply gets a larger view box).
 */
function fit(nodes: PlacedNode[], width: number, height: number): void {
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.max(1, Math.min(width / Math.max(right - left, 1), height / Math.max(bottom - top, 1)));
  for (const node of nodes) {
    node.x = (node.x - (left + right) / 2) * scale;
    node.y = (node.y - (top + bottom) / 2) * scale;
  }
}

/**
 * Pushes overlapping circles apart until every pair is at least `gap` apart: the collision force is
 * soft, and the map promises nodes that never cover each other. Where pairwise pushes do not settle
 * (a crowd), the whole spread grows a little, which always ends it.
 */
function separate(nodes: PlacedNode[], gap: number): void {
  for (let round = 1; ; round += 1) {
    let moved = false;
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const need = a.r + b.r + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= need) continue;
        if (distance === 0) [dx, dy, distance] = [1, 0, 1];
        // Each moves half the missing distance (plus a hair, so rounding cannot leave them touching).
        const push = (need - distance) / 2 + 0.01;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) return;
    if (round % 50 === 0) {
      for (const node of nodes) {
        node.x *= 1.05;
        node.y *= 1.05;
      }
    }
  }
}

/** Where a label sits relative to its node: centred below reads best, so it is tried first. */
const LABEL_SIDES = ['below', 'right', 'above', 'left', 'below-right', 'below-left', 'above-right', 'above-left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/**
 * How a label lines up with its anchor point: horizontally its start, middle or end; vertically its top,
 * middle or bottom (the drawing's CSS sets text-anchor and dominant-baseline to match).
 */
export const LABEL_ALIGN: Record<LabelSide, { h: 'start' | 'middle' | 'end'; v: 'top' | 'middle' | 'bottom'; dx: number; dy: number }> = {
  below: { h: 'middle', v: 'top', dx: 0, dy: 1 },
  right: { h: 'start', v: 'middle', dx: 1, dy: 0 },
  above: { h: 'middle', v: 'bottom', dx: 0, dy: -1 },
  left: { h: 'end', v: 'middle', dx: -1, dy: 0 },
  'below-right': { h: 'start', v: 'top', dx: Math.SQRT1_2, dy: Math.SQRT1_2 },
  'below-left': { h: 'end', v: 'top', dx: -Math.SQRT1_2, dy: Math.SQRT1_2 },
  'above-right': { h: 'start', v: 'bottom', dx: Math.SQRT1_2, dy: -Math.SQRT1_2 },
  'above-left': { h: 'end', v: 'bottom', dx: -Math.SQRT1_2, dy: -Math.SQRT1_2 },
};

/**
 * Two label sets, one per width of the drawing: small type where the map is drawn large, large type
 * (and so fewer labels) where it is drawn small. Each label is shown always, only while its node is
 * hovered or focused (no free place was found), or not at all (the node's label in this mode sits on
 * another side).
 */
export const LABEL_MODES = ['wide', 'narrow'] as const;
export type LabelMode = (typeof LABEL_MODES)[number];
export type LabelVisibility = 'always' | 'focus' | 'hidden';

export interface LabelOptions {
  fontSize: Record<LabelMode, number>;
  /** Space between a node and its label, and around labels. */
  gap: number;
  /** How far beyond the nodes' extent labels may reach. */
  reach: number;
  /** Free space around the drawing. */
  padding: number;
}

export const DEFAULT_LABELS: LabelOptions = { fontSize: { wide: 14, narrow: 26 }, gap: 3, reach: 30, padding: 4 };

export interface NodeLabel {
  side: LabelSide;
  /** The anchor point relative to the node's centre; LABEL_ALIGN[side] says which point of the label it is. */
  dx: number;
  dy: number;
  visibility: Record<LabelMode, LabelVisibility>;
}

export interface MapNode extends PlacedNode {
  name: string;
  /** One per side in use: one label when both modes place it on the same side. */
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
  /** Label type size per mode, in view box units: what the placement assumed and the drawing must use. */
  fontSize: Record<LabelMode, number>;
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

/**
 * Estimated advance width of a text in ems, from Arial-like sans-serif metrics with a margin for wider
 * system fonts; CJK characters take a full em. Build time has no font to measure with.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(char)) width += 1;
    else if (/[ijlI.,:;'!|]/.test(char)) width += 0.28;
    else if (/[ftr()\- ]/.test(char)) width += 0.34;
    else if (/[mwMW]/.test(char)) width += 0.88;
    else if (/[A-Z&]/.test(char)) width += 0.7;
    else width += 0.57;
  }
  return width * 1.08;
}

/** The box a label anchored at x,y covers: ascenders to descenders, as wide as the estimated text. */
export function labelBox(label: { side: LabelSide; x: number; y: number }, text: string, fontSize: number): Box {
  const width = textWidthEm(text) * fontSize;
  const height = fontSize * 1.2;
  const { h, v } = LABEL_ALIGN[label.side];
  const left = h === 'start' ? label.x : h === 'middle' ? label.x - width / 2 : label.x - width;
  const top = v === 'top' ? label.y : v === 'middle' ? label.y - height / 2 : label.y - height;
  return { left, top, right: left + width, bottom: top + height };
}

/** The anchor point's offset from the node's centre: just outside the circle, in the side's direction. */
function offsetFor(r: number, side: LabelSide, gap: number): { dx: number; dy: number } {
  const { dx, dy } = LABEL_ALIGN[side];
  return { dx: dx * (r + gap), dy: dy * (r + gap) };
}

function boxesOverlap(a: Box, b: Box, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

function boxTouchesCircle(box: Box, node: PlacedNode, gap: number): boolean {
  const dx = node.x - Math.max(box.left, Math.min(node.x, box.right));
  const dy = node.y - Math.max(box.top, Math.min(node.y, box.bottom));
  return Math.hypot(dx, dy) < node.r + gap;
}

function circleBox(node: PlacedNode): Box {
  return { left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r };
}

function union(boxes: Box[]): Box {
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    top: Math.min(...boxes.map((box) => box.top)),
    right: Math.max(...boxes.map((box) => box.right)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

interface Placement {
  side: LabelSide;
  dx: number;
  dy: number;
  /** False for a label that found no free place: drawn below its node, kept inside the region, shown on hover and focus only. */
  free: boolean;
}

function boxAt(node: PlacedNode, placement: Pick<Placement, 'side' | 'dx' | 'dy'>, text: string, fontSize: number): Box {
  return labelBox({ side: placement.side, x: node.x + placement.dx, y: node.y + placement.dy }, text, fontSize);
}

/** Greedy, most mentioned first: each label takes the first side where it overlaps nothing placed so far. */
function placeLabels(nodes: PlacedNode[], name: (id: string) => string, fontSize: number, options: LabelOptions): Map<string, Placement> {
  const extent = union(nodes.map(circleBox));
  const region = {
    left: extent.left - options.reach,
    top: extent.top - options.reach,
    right: extent.right + options.reach,
    bottom: extent.bottom + options.reach,
  };
  const placed: Box[] = [];
  const placements = new Map<string, Placement>();
  for (const node of nodes) {
    const text = name(node.id);
    const free = LABEL_SIDES.map((side) => ({ side, ...offsetFor(node.r, side, options.gap), free: true })).find((placement) => {
      const box = boxAt(node, placement, text, fontSize);
      const inside = box.left >= region.left && box.right <= region.right && box.top >= region.top && box.bottom <= region.bottom;
      return (
        inside &&
        !placed.some((other) => boxesOverlap(box, other, options.gap)) &&
        !nodes.some((other) => boxTouchesCircle(box, other, options.gap))
      );
    });
    if (free) {
      placed.push(boxAt(node, free, text, fontSize));
      placements.set(node.id, free);
      continue;
    }
    const below = { side: 'below' as const, ...offsetFor(node.r, 'below', options.gap) };
    const box = boxAt(node, below, text, fontSize);
    // Shifted sideways into the region where it sticks out (centred on the region when wider than it).
    const shift =
      box.right - box.left > region.right - region.left
        ? (region.left + region.right) / 2 - node.x
        : Math.max(region.left - box.left, Math.min(0, region.right - box.right));
    placements.set(node.id, { ...below, dx: below.dx + shift, free: false });
  }
  return placements;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * The map in one language: labels placed for both modes, then everything moved into a view box from
 * 0,0 that holds every node and every label (also those shown only on focus), coordinates rounded.
 * `order` sorts nodes of equal mention count (by name in the page's language).
 */
export function labelLayout(
  layout: GraphLayout,
  name: (id: string) => string,
  order: (a: string, b: string) => number,
  options: LabelOptions = DEFAULT_LABELS,
): EntityMap {
  if (layout.nodes.length === 0) return { width: 0, height: 0, fontSize: options.fontSize, nodes: [], edges: [] };
  const nodes = [...layout.nodes].sort((a, b) => b.mentions - a.mentions || order(name(a.id), name(b.id)) || compareIds(a.id, b.id));
  const placements = LABEL_MODES.map((mode) => ({ mode, placements: placeLabels(nodes, name, options.fontSize[mode], options) }));
  const labelled = nodes.map((node) => {
    const labels: NodeLabel[] = [];
    for (const { mode, placements: byNode } of placements) {
      const { free, ...at } = byNode.get(node.id)!;
      const position = { side: at.side, dx: round(at.dx), dy: round(at.dy) };
      // Both modes share one text element when they put the label in the same place.
      let label = labels.find((other) => other.side === position.side && other.dx === position.dx && other.dy === position.dy);
      if (!label) {
        label = { ...position, visibility: { wide: 'hidden', narrow: 'hidden' } };
        labels.push(label);
      }
      label.visibility[mode] = free ? 'always' : 'focus';
    }
    return { ...node, name: name(node.id), labels };
  });
  const extent = union(
    labelled.flatMap((node) => [
      circleBox(node),
      ...node.labels.flatMap((label) =>
        LABEL_MODES.filter((mode) => label.visibility[mode] !== 'hidden').map((mode) =>
          boxAt(node, label, node.name, options.fontSize[mode]),
        ),
      ),
    ]),
  );
  const dx = options.padding - extent.left;
  const dy = options.padding - extent.top;
  const moved = labelled.map((node) => ({
    ...node,
    x: round(node.x + dx),
    y: round(node.y + dy),
    r: round(node.r),
  }));
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
    fontSize: options.fontSize,
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
