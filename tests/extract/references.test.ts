/**
 * References by kind ("the FYP's targets") mean the plan named nearby, never a document called "FYP's";
 * a numbered plan with none named ("Implementing the 14th FYP") is the national plan.
 */
import { describe, expect, it } from 'vitest';
import { referenceTitle } from '../../src/extract/language/generic-titles.ts';
import { findPolicyNames } from '../../src/extract/language/policy-names.ts';
import { extractText, nodesOf } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const policiesFor = (comment: string, shape = pdfSnippet) =>
  nodesOf(extractText(shape({ top: [{ ...oneEntry, comment }] })), 'Policy')
    .map((p) => p.title)
    .filter((t) => t !== 'Action Plan for Computing Power Infrastructure');

describe('references to a plan by its kind', () => {
  it.each(['The plan is meant to help meet the FYP’s targets for 2025.', "The plan is meant to help meet the FYP's targets for 2025."])(
    'makes no document of "%s" when no plan is named',
    (comment) => {
      for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) expect(policiesFor(comment, shape)).toEqual([]);
    },
  );

  it.each([
    'Implementing the 14th Five-Year Plan is the aim.',
    'It follows the 14th FYP closely.',
    'The plan is part of the response to the tech war with the US. Implementing the 14th Five-Year Plan, it aims to cut reliance on imports.',
    'Seen from the EU. Implementing the 14th FYP (FYP) matters.',
  ])('reads a numbered plan with no plan of that kind named in "%s" as the national plan, in every shape', (comment) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) expect(policiesFor(comment, shape)).toEqual(['14th Five-Year Plan']);
  });

  it('joins "the FYP’s goals" to the plan the same text names', () => {
    expect(policiesFor("The plan implements the 14th Five-Year Plan (FYP) for the Digital Economy released in January 2022, and the FYP's goals.")).toEqual([
      '14th Five-Year Plan for the Digital Economy',
    ]);
  });

  it('keeps a named plan of the cycle as itself', () => {
    expect(policiesFor('The new plan builds on the 14th FYP for Robotics, released in December 2021.')).toEqual(['14th FYP for Robotics']);
  });

  it.each([
    ['Implementing the Data Security Law', 'Data Security Law'],
    ['the FYP’s', 'FYP'],
    ['2022, and the FYP', null],
    ['The Belt and Road Initiative', 'Belt and Road Initiative'],
    ['the 2023 Guiding Opinions on Humanoid Robots', 'Guiding Opinions on Humanoid Robots'],
  ])('reads "%s" as the title %s', (caught, title) => {
    expect(referenceTitle(caught)).toBe(title);
  });
});

describe('a document named with its owner before it', () => {
  it.each([
    [
      'The fund comes after the State Council’s Opinions on Resolving Overcapacity in the Steel Industry.',
      'Opinions on Resolving Overcapacity in the Steel Industry',
    ],
    ["Analysts compare it with the MIIT's Guidelines for Building the Industrial Internet.", 'Guidelines for Building the Industrial Internet'],
  ])('names a document in "%s"', (text, title) => {
    expect(findPolicyNames(text).map((n) => n.title)).toEqual([title]);
  });

  it('names no document in a body’s own name', () => {
    expect(findPolicyNames('The State Council Information Office held a briefing.')).toEqual([]);
  });
});

describe('a numbered plan beside a plan of another cycle', () => {
  it('reads "the 14th Five-Year Plan" as the national plan, not the 13th-cycle plan the sentence also names, in every shape', () => {
    const comment =
      'The plan translates the digital chapter of the Outline of the 14th Five-Year Plan into numbers and replaces the 13th Five-Year Plan for the Development of the Digital Economy.';
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet])
      expect(policiesFor(comment, shape).sort()).toEqual(['13th Five-Year Plan for the Development of the Digital Economy', '14th Five-Year Plan']);
  });
});
