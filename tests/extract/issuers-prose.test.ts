/** Issuing bodies read from the summary when no "Issuing bodies:" line is printed. */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf, outgoing } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet } from '../helpers/snippets.ts';

describe('issuing bodies from the summary', () => {
  const entry = {
    ...oneEntry,
    issuers: undefined,
    article: 'Plan for Humanoid Robots',
    glance:
      'The Ministry of Industry and Information Technology (MIIT) released a plan on humanoid robots. It was jointly issued with the Ministry of Finance (MOF). The NDRC welcomed the plan.',
  };

  it('takes the bodies of the first sentence and those a later sentence names as issuing it with them, in either shape', () => {
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] })]) {
      const graph = extractText(text);
      const [policy] = nodesOf(graph, 'Policy').filter((p) => p.title === 'Plan for Humanoid Robots');
      expect(
        outgoing(graph, policy!.key, 'ISSUED_BY')
          .map((e) => e.key)
          .sort(),
      ).toEqual(['agency:miit', 'agency:mof']);
    }
  });
});

describe('issuing bodies named after an opening sentence of context', () => {
  it.each([
    'Beijing moved on generative AI. Seven agencies led by the CAC signed off on the Interim Measures for the Management of Generative AI Services.',
    'Beijing moved on generative AI. The CAC handed down the Interim Measures for the Management of Generative AI Services.',
  ])('reads "%s" as issued by the body that put the document out, in either shape', (glance) => {
    const entry = { ...oneEntry, issuers: undefined, article: undefined, glance };
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] })]) {
      const graph = extractText(text);
      const [policy] = nodesOf(graph, 'Policy').filter((p) => p.title === 'Interim Measures for the Management of Generative AI Services');
      expect(outgoing(graph, policy!.key, 'ISSUED_BY').map((e) => e.key)).toEqual(['agency:cac']);
    }
  });
});

describe('an issuing body that led the work', () => {
  it.each([
    ['The MIIT-led working group released a plan on humanoid robots.', 'agency:miit'],
    ['Six agencies, in an NDRC-led effort, released a plan on humanoid robots.', 'agency:ndrc'],
    ['The MIIT released a plan on humanoid robots. The MIIT leads its implementation.', 'agency:miit'],
  ])('reads "%s" as issued by %s, leading, in either shape', (glance, key) => {
    const entry = { ...oneEntry, issuers: undefined, article: 'Plan for Humanoid Robots', glance };
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] })]) {
      const graph = extractText(text);
      const [policy] = nodesOf(graph, 'Policy').filter((p) => p.title === 'Plan for Humanoid Robots');
      expect(outgoing(graph, policy!.key, 'ISSUED_BY').map((e) => [e.key, (e.edge as { lead?: boolean }).lead])).toEqual([[key, true]]);
    }
  });
});

describe('an issuing body the registry does not know', () => {
  it.each([
    ["Qinghe's municipal people's congress passed regulations for the low-altitude economy.", "Qinghe Municipal People's Congress"],
    ['The State Anti-Fraud Procuratorate issued rules on data crimes.', 'State Anti-Fraud Procuratorate'],
  ])('reads the subject of "%s" as the issuer, in either shape', (glance, name) => {
    const entry = { ...oneEntry, issuers: undefined, article: 'Regulations on Drones', glance };
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] })]) {
      const graph = extractText(text);
      const [policy] = nodesOf(graph, 'Policy').filter((p) => p.title === 'Regulations on Drones');
      expect(outgoing(graph, policy!.key, 'ISSUED_BY').map((e) => (e.node as { name?: string }).name)).toEqual([name]);
    }
  });
});
