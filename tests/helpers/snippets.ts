/** Small newsletters written in either shape, for tests that vary one rule at a time. */

export interface SnippetEntry {
  headline: string;
  glance: string;
  bullets?: string[];
  comment?: string;
  article?: string;
  issuers?: string;
  date?: string;
}

export interface Snippet {
  header?: string;
  top: SnippetEntry[];
  policyNews?: string[];
  corporateNews?: string[];
}

/** The PDF shape: glyph bullets (or a leading space), plain labels, URL blocks after each entry. */
export function pdfSnippet(s: Snippet, bullet = '\uf0a7 '): string {
  const lines: string[] = [];
  if (s.header) lines.push(s.header, '');
  lines.push(' MERICS TOP 5 ', '');
  s.top.forEach((e, i) => {
    lines.push(`${i === 0 ? '' : ' '}${i + 1}. ${e.headline}`, '', `At a glance: ${e.glance}`, '');
    for (const b of e.bullets ?? []) lines.push(`${bullet}${b}`, '');
    if (e.comment) lines.push(`MERICS comment: ${e.comment}`, '');
    if (e.article) lines.push(`Article: ${e.article}`);
    if (e.issuers) lines.push(`Issuing bodies: ${e.issuers}`);
    if (e.date) lines.push(`Date: ${e.date}`);
    lines.push('', `https://www.example.org/news/entry-${i + 1}.html`);
  });
  if (s.policyNews || s.corporateNews) lines.push(' NOTEWORTHY ', '');
  if (s.policyNews) lines.push('Policy news ', '', ...s.policyNews.flatMap((n) => [`${bullet}${n}`, '']));
  if (s.corporateNews) lines.push('Corporate news ', '', ...s.corporateNews.flatMap((n) => [`${bullet}${n}`, '']));
  return lines.join('\n');
}

/** The markdown shape: headings, bold labels, emphasised news dates. */
export function markdownSnippet(s: Snippet): string {
  const lines: string[] = [];
  if (s.header) lines.push(s.header, '');
  lines.push('## MERICS TOP 5', '');
  s.top.forEach((e, i) => {
    lines.push(`### ${i + 1}. ${e.headline}`, '', `**At a glance:** ${e.glance}`, '');
    for (const b of e.bullets ?? []) lines.push(`- ${b}`);
    lines.push('');
    if (e.comment) lines.push(`**MERICS comment:** ${e.comment}`, '');
    if (e.article) lines.push(`**Policy name:** ${e.article}`, '');
    if (e.issuers) lines.push(`**Issuing bodies:** ${e.issuers}`, '');
    if (e.date) lines.push(`**Date:** ${e.date}`, '');
  });
  if (s.policyNews || s.corporateNews) lines.push('## WORTH NOTING', '');
  const item = (n: string) => n.replace(/^([A-Z][a-z]+ \d{1,2}):/, '*$1:*');
  if (s.policyNews) lines.push('### Policy news', '', ...s.policyNews.map((n) => `- ${item(n)}`), '');
  if (s.corporateNews) lines.push('### Corporate news', '', ...s.corporateNews.map((n) => `- ${item(n)}`), '');
  return lines.join('\n');
}

/**
 * Text copied from a brief's web page: the page's chrome (photo caption, series name, reading
 * time, topic line), one line per paragraph, "•" bullets, no blank lines, no URL blocks.
 */
export function webTextSnippet(s: Snippet): string {
  const lines = ['Workers assemble batteries at a plant in Hefei, Anhui province.', 'MERICS China Industries', '12 min read'];
  lines.push(s.header ?? 'Computing power + Batteries + Robots', "MERICS' Top 5");
  s.top.forEach((e, i) => {
    lines.push(`${i + 1}. ${e.headline}`, `At a glance: ${e.glance}`);
    for (const b of e.bullets ?? []) lines.push(`• ${b}`);
    if (e.comment) lines.push(`MERICS comment: ${e.comment}`);
    if (e.article) lines.push(`Policy name: ${e.article}`);
    if (e.issuers) lines.push(`Issuing bodies: ${e.issuers}`);
    if (e.date) lines.push(`Date: ${e.date}`);
  });
  if (s.policyNews || s.corporateNews) lines.push('Worth noting');
  if (s.policyNews) lines.push('Policy news', ...s.policyNews.map((n) => `• ${n}`));
  if (s.corporateNews) lines.push('Corporate news', ...s.corporateNews.map((n) => `• ${n}`));
  return lines.join('\n');
}

export const oneEntry: SnippetEntry = {
  headline: 'China wants green, efficient, and controllable computing power',
  glance: 'Six government agencies led by the Ministry of Industry and Information Technology (MIIT) released a plan. Key targets for 2025 are:',
  bullets: ['Reach a computational power of 300 EFLOPS', 'Create 30 application benchmarks by 2027'],
  comment: 'The plan builds on the Metrology Development Plan (2021-2035) released in January 2022.',
  article: 'Action Plan for Computing Power Infrastructure (算力基础设施高质量发展行动计划) (Link)',
  issuers: 'MIIT, CAC, MOE, PBoC, NHC, SAMR',
  date: 'August 10, 2023',
};
