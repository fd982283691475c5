/** The one rule for "draft": from the title, or from the sentence that introduces the document. */
import { describe, expect, it } from 'vitest';
import { proseSaysDraft, titleSaysDraft, withoutDraftMarks } from '../../src/extract/language/draft.ts';
import { extractText, nodesOf, policiesFromSummary } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet } from '../helpers/snippets.ts';

describe('draft', () => {
  it.each(['Measures for Data Export (Draft for Comments)', 'Rules on Robots (draft)', '数据出境安全评估办法（征求意见稿）', 'Provisions for public comment'])(
    'reads the title "%s" as a draft',
    (title) => expect(titleSaysDraft(title)).toBe(true),
  );

  it.each([
    'The CAC released a draft of rules on cross-border data flows.',
    'MIIT published the draft guidelines on humanoid robots.',
    'SAMR issued its revised draft standards for EV batteries.',
    'The NDRC is soliciting public opinions on a plan for hydrogen.',
    'The MOF released a plan for public comment until March 3.',
    'The CAC has published the measures for consultation.',
    'The NDRC put the rules out for public consultation until May 1.',
    'The MIIT solicited public opinions on a plan for computing power.',
    "The MIIT asked for the public's views on a plan for robots.",
    'The CSRC published a consultation paper on futures trading.',
    // No article before the draft's title.
    'The CAC published draft Regulations on the Protection of Minors Online.',
    "The National People's Congress reviewed the draft Outline of the 14th Five-Year Plan.",
    // What is proposed is a draft.
    'The CSRC released proposed rules on quantitative trading.',
  ])('reads "%s" as introducing a draft', (sentence) => expect(proseSaysDraft(sentence)).toBe(true));

  it.each([
    'The State Council released a plan to upgrade equipment.',
    'The final rules differ from last year’s draft in scope.',
    'MIIT drafted the plan with five other ministries and released it in May.',
    'The final version of the rules was released after a consultation period last year.',
    'The MIIT released a plan after seeking views from firms.',
    'The CAC published the regulations, which replace a draft from 2022.',
  ])('does not read "%s" as a draft', (sentence) => expect(proseSaysDraft(sentence)).toBe(false));

  it.each([
    ['Measures for Data Export (Draft for Comments)', 'Measures for Data Export'],
    ['Catalogue of Technologies Prohibited from Export (Draft Revision for Comments)', 'Catalogue of Technologies Prohibited from Export'],
    ['Draft Measures for Data Export', 'Measures for Data Export'],
    ['数据出境安全评估办法（征求意见稿）', '数据出境安全评估办法'],
  ])('gives the draft "%s" the name of its final version', (draft, final) => expect(withoutDraftMarks(draft).trim()).toBe(final));

  it('marks a TOP entry’s policy a draft when only its introduction says so, in either shape', () => {
    const entry = { ...oneEntry, glance: 'The CAC released a draft of the Rules on Data Labelling for public comment.', article: 'Rules on Data Labelling' };
    for (const text of [pdfSnippet({ top: [entry] }), markdownSnippet({ top: [entry] })]) {
      const [policy] = nodesOf(extractText(text), 'Policy').filter((p) => p.title === 'Rules on Data Labelling');
      expect(policy?.draft).toBe(true);
    }
  });
});

describe('drafts in other authors’ words, without a policy-name line', () => {
  const TITLE = 'Measures for Labelling AI-Generated Content';

  it.each([
    ['The CAC released a draft of the Measures for Labelling AI-Generated Content.', true],
    ['The CAC is soliciting public opinions on the Measures for Labelling AI-Generated Content until 14 October.', true],
    ['The CAC released the Measures for Labelling AI-Generated Content (draft for comments).', true],
    ['The CAC published a consultation draft of the Measures for Labelling AI-Generated Content.', true],
    ['The CAC released the Measures for Labelling AI-Generated Content, which take effect on 1 September.', false],
    ['The CAC finalised the Measures for Labelling AI-Generated Content after a draft in 2023.', false],
  ])('reads "%s" as one policy, draft %s, named without its draft note', (glance, draft) => {
    for (const policies of policiesFromSummary(glance)) expect(policies).toEqual([[TITLE, draft]]);
  });
});

describe('drafts described by their kind, without a title', () => {
  it.each([
    ['The MIIT published the plan on humanoid robots for public comment.', 'Plan on humanoid robots'],
    ['The CSRC released proposed rules on quantitative trading.', 'Rules on quantitative trading'],
  ])('reads "%s" as the draft "%s", named without what it was put out for', (glance, title) => {
    for (const policies of policiesFromSummary(glance)) expect(policies).toEqual([[title, true]]);
  });
});
