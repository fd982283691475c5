import { KINDS } from '../../graph-schema/kinds.ts';

/** How each kind of node and edge is drawn. One colour per kind, declared with the kinds in graph-schema/kinds.ts. */
export const KIND_COLOURS: Record<string, string> = Object.fromEntries(Object.entries(KINDS).map(([kind, declared]) => [kind, declared.colour]));

export interface EdgeStyle {
  color: string;
  size: number;
  /** sigma's edge program: arrows where the direction is the point (who issued, what builds on what). */
  type: 'line' | 'arrow';
}

export const EDGE_STYLES: Record<string, EdgeStyle> = {
  ISSUED_BY: { color: '#d1495b', size: 1, type: 'arrow' },
  BUILDS_ON: { color: '#2457c5', size: 2, type: 'arrow' },
  SETS_TARGET: { color: '#b9a6cf', size: 1, type: 'line' },
  IN_SECTOR: { color: '#8cc3cb', size: 1, type: 'line' },
  TRANSFERS_DUTIES_TO: { color: '#d1495b', size: 2, type: 'arrow' },
  AFFILIATED_WITH: { color: '#edae49', size: 1, type: 'line' },
  MENTIONS: { color: '#c9ced8', size: 1, type: 'line' },
};

export const DEFAULT_EDGE: EdgeStyle = { color: '#dde1e8', size: 1, type: 'line' };
export const DIMMED = '#eceef2';
