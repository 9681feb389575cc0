/**
 * An entity's own small map: the entity on the left, the entities most often named with it fanned out to
 * its right, one row each in the order of its "often mentioned together" list, every name right of its
 * node. Rows never share height, so no label can cover another label or a node; the drawing is sized in
 * view box units that a phone shows about one to one.
 */
import type { EntityKind } from './kinds.ts';
import { labelLines, textWidthEm } from './label-metrics.ts';
import { LABEL_LINE_HEIGHT, nodeRadius, type LabelAnchor } from './map-layout.ts';

export interface NeighbourEntity {
  id: string;
  name: string;
  kind: EntityKind;
  mentions: number;
}

export interface NeighbourhoodOptions {
  /** Label type size of the neighbours and of the entity itself (bold), in view box units. */
  fontSize: number;
  centreFontSize: number;
  /** Names wider than this (in ems) break into two lines. */
  wrapEm: number;
  minRadius: number;
  maxRadius: number;
  /** Space between a node and its label, and between rows. */
  gap: number;
  /** Least height of a row (before the gap): some air between the lines where nodes and names are small. */
  rowHeight: number;
  /** Least horizontal distance from the entity's node to a neighbour's: the lines' length where rows crowd. */
  reach: number;
  padding: number;
}

export const DEFAULT_NEIGHBOURHOOD: NeighbourhoodOptions = {
  fontSize: 15,
  centreFontSize: 16,
  wrapEm: 9,
  minRadius: 5,
  maxRadius: 20,
  gap: 6,
  rowHeight: 24,
  reach: 130,
  padding: 3,
};

export interface NeighbourNode extends NeighbourEntity {
  x: number;
  y: number;
  r: number;
  /** The name as drawn: one line or two (the first keeps its trailing space). */
  lines: string[];
  /** The label's anchor point (x) and its first line's top (y), in view box units. */
  label: { anchor: LabelAnchor; x: number; y: number };
}

export interface NeighbourhoodMap {
  width: number;
  height: number;
  /** Label type sizes the layout measured with, in view box units: the drawing must use the same. */
  fontSize: { neighbour: number; centre: number };
  centre: NeighbourNode;
  /** In the order given: the order of the list beside the drawing. */
  neighbours: (NeighbourNode & { sentences: number })[];
}

const round = (value: number): number => Math.round(value * 10) / 10;

function labelOf(name: string, fontSize: number, options: NeighbourhoodOptions, weight: 'regular' | 'bold') {
  const lines = labelLines(name, options.wrapEm, weight);
  const width = Math.max(...lines.map((line) => textWidthEm(line, weight))) * fontSize;
  return { lines, width, height: lines.length * LABEL_LINE_HEIGHT * fontSize };
}

/** The small map of `centre` and its neighbours (most shared sentences first), or undefined when it has none. */
export function neighbourhoodMap(
  centre: NeighbourEntity,
  neighbours: readonly (NeighbourEntity & { sentences: number })[],
  options: NeighbourhoodOptions = DEFAULT_NEIGHBOURHOOD,
): NeighbourhoodMap | undefined {
  if (neighbours.length === 0) return undefined;
  const maxMentions = Math.max(centre.mentions, ...neighbours.map((neighbour) => neighbour.mentions));
  const radius = (mentions: number) => nodeRadius(mentions, maxMentions, options);
  const rc = radius(centre.mentions);
  const centreLabel = labelOf(centre.name, options.centreFontSize, options, 'bold');
  const rows = neighbours.map((neighbour) => {
    const r = radius(neighbour.mentions);
    const label = labelOf(neighbour.name, options.fontSize, options, 'regular');
    return { neighbour, r, label, height: Math.max(2 * r, label.height, options.rowHeight) + options.gap };
  });
  const total = rows.reduce((sum, row) => sum + row.height, 0);
  // The entity's node (and its label below it) sits at the left, level with the middle of the rows.
  const cx = Math.max(rc, centreLabel.width / 2);
  const cy = Math.max(total / 2, rc);
  const centreBox = { top: cy - rc, bottom: cy + rc + options.gap + centreLabel.height, right: cx + Math.max(rc, centreLabel.width / 2) };
  // The rows' nodes lie on half an ellipse around the entity's node, pushed right where a row is level with it or its label.
  const ry = total / 2 + rows[0]!.height / 2;
  let top = cy - total / 2;
  const placed = rows.map(({ neighbour, r, label, height }) => {
    const y = top + height / 2;
    top += height;
    const along = options.reach * Math.sqrt(Math.max(0, 1 - ((y - cy) / ry) ** 2));
    // The row's whole height: a name on two lines is taller than its node.
    const level = y + height / 2 > centreBox.top && y - height / 2 < centreBox.bottom;
    const x = cx + Math.max(along, rc + r + 2 * options.gap, level ? centreBox.right - cx + r + 2 * options.gap : 0);
    return {
      ...neighbour,
      x,
      y,
      r,
      lines: label.lines,
      width: label.width,
      label: { anchor: 'start' as const, x: x + r + options.gap, y: y - label.height / 2 },
    };
  });
  const right = Math.max(...placed.map((node) => node.label.x + node.width), cx + rc);
  const bottom = Math.max(cy + total / 2, centreBox.bottom);
  const [dx, dy] = [options.padding, options.padding - Math.min(0, cy - total / 2, cy - rc)];
  const at = <T extends { x: number; y: number; r: number; label: { anchor: LabelAnchor; x: number; y: number } }>(node: T) => ({
    ...node,
    x: round(node.x + dx),
    y: round(node.y + dy),
    r: round(node.r),
    label: { anchor: node.label.anchor, x: round(node.label.x + dx), y: round(node.label.y + dy) },
  });
  return {
    width: Math.ceil(right + 2 * options.padding),
    height: Math.ceil(bottom + dy + options.padding),
    fontSize: { neighbour: options.fontSize, centre: options.centreFontSize },
    centre: at({
      ...centre,
      x: cx,
      y: cy,
      r: rc,
      lines: centreLabel.lines,
      label: { anchor: 'middle', x: cx, y: cy + rc + options.gap },
    }),
    neighbours: placed.map(({ width: _width, ...node }) => at(node)),
  };
}
