/**
 * Official document addresses in links: the same government page cited years apart names the same
 * document, whatever the newsletter calls it. An address is the publishing host and the page's id
 * (e.g. "miit.gov.cn/art_e0f06662e37140808d43d7735e9d9fd3"), read through web-archive wrappers.
 */
import type { AgencyEntry } from '../../../graph-schema/registry.ts';
import { registries } from '../registries.ts';

export interface DocumentAddress {
  /** "host/id": the key that joins citations of one document. */
  address: string;
  host: string;
  /** The year in the page's path, when it shows one. */
  year: number | null;
}

/** Page ids that name one document: MIIT's art_<hex>, gov.cn's content_<n>, ministries' t<date>_<n>, … */
const DOCUMENT_ID = /^(?:art_[0-9a-f]{16,}|content_\d{5,}|t\d{8}_\d+|c_\d{6,}|post_\d+|W0\d{8,}|\d{8,})$/i;

export function documentAddress(url: string): DocumentAddress | null {
  // web.archive.org/web/<timestamp>/<original>, where the original's "//" is often printed as "/".
  const unwrapped = url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//i, '').replace(/^(https?):\/(?!\/)/i, '$1://');
  let parsed: URL;
  try {
    parsed = new URL(unwrapped);
  } catch {
    return null;
  }
  const host = parsed.hostname.replace(/^(?:www|wap|m|english)\./, '');
  if (!registries().documentVocabulary.officialHosts.some((h) => host === h || host.endsWith(`.${h}`))) return null;
  const last =
    parsed.pathname
      .split('/')
      .filter(Boolean)
      .at(-1)
      ?.replace(/\.s?html?$/i, '') ?? '';
  if (!DOCUMENT_ID.test(last)) return null;
  const year = /\/(20\d{2})(?:[/-]|\d{2}\/)/.exec(parsed.pathname) ?? /^t(20\d{2})/.exec(last);
  return { address: `${host}/${last}`, host, year: year ? Number(year[1]) : null };
}

/** The body whose site published the document: miit.gov.cn → MIIT, gov.cn → the State Council. */
const HOSTS: Record<string, string> = {
  'miit.gov.cn': 'MIIT',
  'most.gov.cn': 'MOST',
  'ndrc.gov.cn': 'NDRC',
  'cac.gov.cn': 'CAC',
  'mee.gov.cn': 'MEE',
  'mohrss.gov.cn': 'MOHRSS',
  'cnipa.gov.cn': 'CNIPA',
  'samr.gov.cn': 'SAMR',
  'mof.gov.cn': 'MOF',
  'moe.gov.cn': 'MOE',
  'mofcom.gov.cn': 'MOFCOM',
  'mot.gov.cn': 'MOT',
  'nhc.gov.cn': 'NHC',
  'pbc.gov.cn': 'PBOC',
  'csrc.gov.cn': 'CSRC',
  'sasac.gov.cn': 'SASAC',
  'gov.cn': 'STATE_COUNCIL',
};

export function publisherOf(address: DocumentAddress): AgencyEntry | undefined {
  const key = HOSTS[address.host];
  return key ? registries().agencies.find((a) => a.key === key) : undefined;
}

/** The distinct official addresses among links, in the order printed. */
export function uniqueAddresses(found: (DocumentAddress | null)[]): DocumentAddress[] {
  const byAddress = new Map<string, DocumentAddress>();
  for (const a of found) if (a && !byAddress.has(a.address)) byAddress.set(a.address, a);
  return [...byAddress.values()];
}

/** The words of a body's name that a title would repeat: "Industry and Information Technology" for MIIT. */
function nameCore(name: string): string {
  return name.replace(/^(?:Ministry|Department|Office) of (?:the )?|^(?:National|State|China) |(?: of China| Commission| Administration)$/g, '').trim();
}

/**
 * Which reference each older address cites: the only reference there is, or the only one whose title
 * names the body that published the address. Ambiguous addresses stay unassigned.
 */
export function assignAddresses(titles: readonly string[], addresses: readonly DocumentAddress[]): (string | undefined)[] {
  const cited: (string | undefined)[] = titles.map(() => undefined);
  for (const address of addresses) {
    const publisher = publisherOf(address);
    const open = titles.map((_t, i) => i).filter((i) => cited[i] === undefined);
    const naming = publisher ? open.filter((i) => titles[i]!.includes(nameCore(publisher.name))) : [];
    const choice = titles.length === 1 ? open : naming;
    if (choice.length === 1) cited[choice[0]!] = address.address;
  }
  return cited;
}
