/** How each kind of node and edge is drawn: one colour per kind, size by degree (from the server's layout). */
export const KIND_COLOURS: Record<string, string> = {
  Policy: '#2457c5',
  Agency: '#d1495b',
  Firm: '#edae49',
  Sector: '#00798c',
  Target: '#8d6cab',
  Entry: '#9aa3b5',
  Newsletter: '#30343f',
};

export const EDGE_COLOURS: Record<string, string> = {
  ISSUED_BY: '#d1495b',
  BUILDS_ON: '#2457c5',
  MENTIONS: '#c9ced8',
};

export const DIMMED = '#eceef2';
export const DEFAULT_EDGE = '#dde1e8';
