/** The issue date and reporting period, however the header or footer prints them, in either shape. */
import { describe, expect, it } from 'vitest';
import { readIssueLine } from '../../src/extract/document/issue-date.ts';
import { parseText } from '../helpers/extract.ts';
import { markdownSnippet, oneEntry, pdfSnippet, webTextSnippet } from '../helpers/snippets.ts';

const PRINTED: [string, { date: string; periodFrom: string | null; periodTo: string | null }][] = [
  ['DECEMBER 04, 2024 (REPORTING PERIOD: OCTOBER 29 - NOVEMBER 25)', { date: '2024-12-04', periodFrom: '2024-10-29', periodTo: '2024-11-25' }],
  ['CHINA INDUSTRIES · MARCH 2022 · ISSUED 15/03/2022', { date: '2022-03-15', periodFrom: null, periodTo: null }],
  ['Week 11 | 15 March 2022', { date: '2022-03-15', periodFrom: null, periodTo: null }],
  [
    'MERICS China Industries November 1, 2023 (Reporting period: September 26 – October 24)',
    { date: '2023-11-01', periodFrom: '2023-09-26', periodTo: '2023-10-24' },
  ],
  [
    '**Issue date:** 7 December 2021 | Reporting period: 26 October – 29 November 2021',
    { date: '2021-12-07', periodFrom: '2021-10-26', periodTo: '2021-11-29' },
  ],
  ['7 December 2021 · Reporting period: 26 October – 29 November', { date: '2021-12-07', periodFrom: '2021-10-26', periodTo: '2021-11-29' }],
  ['*February 2, 2024* | Reporting period: December 15 – January 20', { date: '2024-02-02', periodFrom: '2023-12-15', periodTo: '2024-01-20' }],
  ['China Industries, December 7, 2021 (October 26 to November 29)', { date: '2021-12-07', periodFrom: '2021-10-26', periodTo: '2021-11-29' }],
  ['ISSUE DATE: 02.02.2024', { date: '2024-02-02', periodFrom: null, periodTo: null }],
  ['Published on 2024-02-02', { date: '2024-02-02', periodFrom: null, periodTo: null }],
  ['MERICS China Industries | No. 12 | 7 Dec. 2021', { date: '2021-12-07', periodFrom: null, periodTo: null }],
  ['_Sept. 5, 2023_ — period covered: July 28 through August 30', { date: '2023-09-05', periodFrom: '2023-07-28', periodTo: '2023-08-30' }],
  // A place or an author set apart by a separator before the date.
  ['BERLIN | DECEMBER 7, 2021', { date: '2021-12-07', periodFrom: null, periodTo: null }],
  ['Written by Alexander Brown · 7 December 2021 · 9 min read', { date: '2021-12-07', periodFrom: null, periodTo: null }],
  ['By Alexander Brown and Gregor Sebastian | 7 December 2021', { date: '2021-12-07', periodFrom: null, periodTo: null }],
  // The period and the date side by side, no label: the range is the period, either first.
  ['December 28, 2021 – January 25, 2022 · 2 February 2022', { date: '2022-02-02', periodFrom: '2021-12-28', periodTo: '2022-01-25' }],
  ['2 February 2022 | December 28 – January 25', { date: '2022-02-02', periodFrom: '2021-12-28', periodTo: '2022-01-25' }],
  ['2022-03-02 · 2022-01-28 – 2022-02-25', { date: '2022-03-02', periodFrom: '2022-01-28', periodTo: '2022-02-25' }],
  // An issue number with a year is not a month; "Issue 27 November" keeps its day.
  ['Issue 11/2026 — 27 November 2026', { date: '2026-11-27', periodFrom: null, periodTo: null }],
  ['Issue 27 November 2026', { date: '2026-11-27', periodFrom: null, periodTo: null }],
  // A masthead that names what the brief is for, opened by "A".
  [
    'A MERICS briefing for members — edition 9, published 12th September 2023 — coverage: 1–31 August 2023',
    { date: '2023-09-12', periodFrom: '2023-08-01', periodTo: '2023-08-31' },
  ],
  // The edition's month in figures; a day with no year, dated by its edition.
  ['CHINA INDUSTRIES – 03/2025 – 6 March 2025', { date: '2025-03-06', periodFrom: null, periodTo: null }],
  ['MERICS China Industries: March 2025 edition, released on 6 March', { date: '2025-03-06', periodFrom: null, periodTo: null }],
  ['December 2024 edition – published 6 January', { date: '2025-01-06', periodFrom: null, periodTo: null }],
  // A running footer's page after the date.
  ['Published 20 January 2022 | Page 2', { date: '2022-01-20', periodFrom: null, periodTo: null }],
  ['China Industries · 20 Jan 2022 · p. 3 of 9', { date: '2022-01-20', periodFrom: null, periodTo: null }],
  // The authors after the date.
  ['10.06.2021 · By Caroline Meinhardt and John Lee', { date: '2021-06-10', periodFrom: null, periodTo: null }],
  ['10 June 2021 | Authors: Caroline Meinhardt, John Lee', { date: '2021-06-10', periodFrom: null, periodTo: null }],
  // Any credit under a short label of its own, after the date.
  ['Issue 2 · Feb 12th 2026 · Research team: Economy', { date: '2026-02-12', periodFrom: null, periodTo: null }],
  ["12 March 2024 | Programme: China's economy", { date: '2024-03-12', periodFrom: null, periodTo: null }],
  // The period after what the issue reports on.
  ['Edition of 9 October 2024 · reporting on 1–30 September', { date: '2024-10-09', periodFrom: '2024-09-01', periodTo: '2024-09-30' }],
  ['MERICS China Industries — Issue of 27 November 2026', { date: '2026-11-27', periodFrom: null, periodTo: null }],
  // A period named as what the issue reviews, with months shortened.
  ['Berlin, 28 Mar 2019 – review of 20 February to 22 March 2019', { date: '2019-03-28', periodFrom: '2019-02-20', periodTo: '2019-03-22' }],
  ['28 Mar 2019 | Reviewing 20 Feb – 22 Mar', { date: '2019-03-28', periodFrom: '2019-02-20', periodTo: '2019-03-22' }],
  ['Sept. 5, 2023 · news from August 1 to August 31', { date: '2023-09-05', periodFrom: '2023-08-01', periodTo: '2023-08-31' }],
  // The period printed before the issue date.
  ['Reporting period 20.10.2026–20.11.2026, issue date 27.11.2026', { date: '2026-11-27', periodFrom: '2026-10-20', periodTo: '2026-11-20' }],
  // A month beside the date names the edition; a bracket after no date holds the date; the period in words.
  ['China Industries – April 2025 edition – published 16 April 2025', { date: '2025-04-16', periodFrom: null, periodTo: null }],
  ['MERICS China Industries No. 4 (16 April 2025)', { date: '2025-04-16', periodFrom: null, periodTo: null }],
  [
    'MERICS China Industries, 16 April 2025. Covering developments from 10 March to 8 April 2025.',
    { date: '2025-04-16', periodFrom: '2025-03-10', periodTo: '2025-04-08' },
  ],
  ['Edition of April 16, 2025 (covers March 10 – April 8)', { date: '2025-04-16', periodFrom: '2025-03-10', periodTo: '2025-04-08' }],
  // The masthead called a brief or an update; the period "under review", or a bare "Period:" with day-first numbers.
  [
    '*MERICS monthly brief · 10 January 2023 · Period under review: 29 November 2022 to 6 January 2023*',
    { date: '2023-01-10', periodFrom: '2022-11-29', periodTo: '2023-01-06' },
  ],
  [
    'China Industries update, 10 January 2023 (review period: 29 November – 6 January)',
    { date: '2023-01-10', periodFrom: '2022-11-29', periodTo: '2023-01-06' },
  ],
  ['Edition: 10 January 2023 — Period: 29.11.2022–06.01.2023', { date: '2023-01-10', periodFrom: '2022-11-29', periodTo: '2023-01-06' }],
  ['Edition 3/2020 – 12 March 2020 – covering 28 January to 6 March 2020', { date: '2020-03-12', periodFrom: '2020-01-28', periodTo: '2020-03-06' }],
  // A web page's reading time beside the date.
  ['12 March 2024 · 6 min read', { date: '2024-03-12', periodFrom: null, periodTo: null }],
  // A reading time run on with no separator, as a PDF joins a page's lines: 12 is no hour.
  ['June 24, 2021 12 min read', { date: '2021-06-24', periodFrom: null, periodTo: null }],
  // A dateline: the place where the issue was written, then its date.
  ['Berlin, 26 April 2022', { date: '2022-04-26', periodFrom: null, periodTo: null }],
  ['*Beijing/Berlin, April 26, 2022 (March 29 – April 22)*', { date: '2022-04-26', periodFrom: '2022-03-29', periodTo: '2022-04-22' }],
  // A web page's post line.
  ['Posted on November 27, 2024 by MERICS', { date: '2024-11-27', periodFrom: null, periodTo: null }],
  ['Last updated: 27 November 2024', { date: '2024-11-27', periodFrom: null, periodTo: null }],
  // A masthead that names its topic.
  ['Monthly brief on industrial policy · Edition 11/2021 · 18 November 2021', { date: '2021-11-18', periodFrom: null, periodTo: null }],
  ['The MERICS newsletter about technology and business | 12 July 2019', { date: '2019-07-12', periodFrom: null, periodTo: null }],
  // The edition's month beside the day it is dated.
  ['Monthly brief no. 7 - July 2019 - dated 12 July 2019', { date: '2019-07-12', periodFrom: null, periodTo: null }],
  ['_Brief no. 9 of 2025, 18 September 2025_', { date: '2025-09-18', periodFrom: null, periodTo: null }],
  // The issue's number and year, and the dateline across a column's gap, as a PDF's text prints its masthead.
  ['No. 2 | 2017                          Berlin, 16.02.2017', { date: '2017-02-16', periodFrom: null, periodTo: null }],
  ['Issue 4, 2019 · Beijing, 12 April 2019', { date: '2019-04-12', periodFrom: null, periodTo: null }],
  // A volume beside the issue, the date in brackets; a place after the date; authors before it and a comma.
  ['Volume 8, Issue 10 (2 October 2024)', { date: '2024-10-02', periodFrom: null, periodTo: null }],
  ['Thursday 2 October 2024 | Berlin', { date: '2024-10-02', periodFrom: null, periodTo: null }],
  ['By Jane Doe, John Roe and Max Mu, 2 October 2024', { date: '2024-10-02', periodFrom: null, periodTo: null }],
  // A mail's line: when it was sent, on which weekday.
  [
    '*Sent to subscribers on Thursday, July 13, 2023 · Reporting period: June 10 to July 10, 2023*',
    { date: '2023-07-13', periodFrom: '2023-06-10', periodTo: '2023-07-10' },
  ],
  ['Mailed to readers on 3 March 2020', { date: '2020-03-03', periodFrom: null, periodTo: null }],
  // A tagline before a separator, with no figure in it, stands beside the issue line.
  ['Our monthly brief on industrial policy · Published 15/10/2024', { date: '2024-10-15', periodFrom: null, periodTo: null }],
  [
    'What Beijing decided this month | Reporting period: 1 – 30 September 2024 | Published 15.10.2024',
    { date: '2024-10-15', periodFrom: '2024-09-01', periodTo: '2024-09-30' },
  ],
  // A bare date field in the header, before any entry's fields.
  ['Date: 18.07.2024', { date: '2024-07-18', periodFrom: null, periodTo: null }],
  // An issue's number with its year in brackets.
  ['Issue 5 (2020) · 14 May 2020 · covering 10 April to 8 May 2020', { date: '2020-05-14', periodFrom: '2020-04-10', periodTo: '2020-05-08' }],
  // A page's reading time, spelled out, beside the date.
  ['Published: 2019-07-04 | Reading time: 8 minutes', { date: '2019-07-04', periodFrom: null, periodTo: null }],
  // The date named for the act of sending the issue out.
  ['Release date: 2016/07/28', { date: '2016-07-28', periodFrom: null, periodTo: null }],
  ['Date of release: 28 July 2016', { date: '2016-07-28', periodFrom: null, periodTo: null }],
  ['Dispatched on 28 July 2016', { date: '2016-07-28', periodFrom: null, periodTo: null }],
];

describe('reading an issue line', () => {
  it.each(PRINTED)('reads %j', (line, expected) => {
    expect(readIssueLine(line)).toEqual(expected);
  });

  it.each([
    'October 9: MIIT released a plan on data security, dated October 1, 2023',
    'The plan was issued on 19 October 2023.',
    '1. China wants green computing power by 2025',
    'Reporting period: September 26 – October 24',
    'December 2021',
    'Beijing, in a notice of 26 April 2022',
    'Meanwhile in Shanghai, 26 April 2022 brought new rules',
    'A brief on 3 March 2020',
    'An update on chip rules | 3 March 2020 | MIIT',
    '3 March 2020 | MIIT',
    'By 2025, 30 percent of cars should be electric',
    'The plan was issued on 19 October 2023 · Source: Xinhua',
  ])('does not take %j for the issue line', (line) => {
    expect(readIssueLine(line)).toBeNull();
  });
});

describe('the issue date of a whole newsletter', () => {
  const item = ['October 9: MIIT issued rules (MIIT notice)'];
  it.each(PRINTED)('finds %j as the header of either shape', (header, expected) => {
    for (const text of [pdfSnippet({ header, top: [oneEntry], policyNews: item }), markdownSnippet({ header, top: [oneEntry], policyNews: item })]) {
      expect(parseText(text).issue).toMatchObject({ ...expected, inferred: false });
    }
  });

  // The masthead line a column wrapped before the date's month: its first line looks like a running footer.
  it('reads a masthead line that wrapped inside its date', () => {
    const text =
      'MERICS China Industries\n\nMERICS China Industries | November 2026 | sent 19\nNovember 2026\n\nMERICS TOP 5\n\n1. Robots\n\nAt a glance: The MIIT issued rules.\n';
    expect(parseText(text).issue).toMatchObject({ date: '2026-11-19', inferred: false });
  });

  it('reads the reporting period from a line of its own beside the issue line, in either shape', () => {
    const header = 'Monthly brief on industrial policy · Edition 11/2021 · 18 November 2021\n\nReporting period: 15 October – 12 November 2021';
    for (const text of [pdfSnippet({ header, top: [oneEntry], policyNews: item }), markdownSnippet({ header, top: [oneEntry], policyNews: item })]) {
      expect(parseText(text).issue).toMatchObject({ date: '2021-11-18', periodFrom: '2021-10-15', periodTo: '2021-11-12', inferred: false });
    }
  });

  it('reads a masthead line that wrapped in a PDF column, its period on the next line', () => {
    const header = 'MERICS China Industries | March 30, 2022 | Reporting\nperiod: February 22 – March 25, 2022';
    expect(parseText(pdfSnippet({ header, top: [oneEntry], policyNews: item })).issue).toMatchObject({
      date: '2022-03-30',
      periodFrom: '2022-02-22',
      periodTo: '2022-03-25',
      inferred: false,
    });
  });

  it('reads the issue line of a masthead printed over several lines with no blank between them', () => {
    const header = 'CHINA INDUSTRIES\nMERICS monthly brief on industrial policy\nBerlin, 28 Mar 2019 – review of 20 February to 22 March 2019';
    expect(parseText(pdfSnippet({ header, top: [oneEntry], policyNews: item })).issue).toMatchObject({
      date: '2019-03-28',
      periodFrom: '2019-02-20',
      periodTo: '2019-03-22',
      inferred: false,
    });
  });

  it('takes a date field right above a document’s fields for the document’s, not the issue’s', () => {
    const page = [
      'China tightens its rare earth rules',
      'MERICS Brief',
      'At a glance: The State Council published rules on rare earths.',
      'Date: 29 June 2024',
      'Policy name: Regulations on the Administration of Rare Earths (稀土管理条例)',
      'Issued by: State Council',
    ].join('\n');
    expect(parseText(page).issue).toMatchObject({ inferred: true, printedAt: null });
  });

  it('finds it in a running footer after the items, and ignores the document date of an entry', () => {
    const text = `${pdfSnippet({ top: [{ ...oneEntry, date: 'October 19, 2023' }], policyNews: item })}\n\nMERICS China Industries | 1 November 2023 | Reporting period: 26 September – 24 October\n`;
    expect(parseText(text).issue).toMatchObject({ date: '2023-11-01', periodFrom: '2023-09-26', periodTo: '2023-10-24', inferred: false });
  });
});

/** A dateline that prints the day and month only: the year is the one that puts it after what the issue dates. */
describe('an issue date printed without its year', () => {
  const item = ['October 9: MIIT issued rules (MIIT notice)'];
  it.each([
    ['5 November · Industrial policy team', '2023-11-05'],
    ['November 5', '2023-11-05'],
    ['Published 5 November', '2023-11-05'],
  ])('reads %j, after an entry of 10 August 2023 and an item of 9 October, in either shape', (header, date) => {
    for (const shape of [pdfSnippet, markdownSnippet, webTextSnippet]) {
      const doc = parseText(shape({ header, top: [oneEntry], policyNews: item }));
      expect(doc.issue).toMatchObject({ date, inferred: false });
      expect(doc.warnings).toContain('issue date printed without its year: the year from the items');
    }
  });

  it('puts a January dateline in the year after December’s items', () => {
    const doc = parseText(
      pdfSnippet({ header: '8 January', top: [{ ...oneEntry, date: 'December 12, 2023' }], policyNews: ['December 20: MIIT issued rules'] }),
    );
    expect(doc.issue).toMatchObject({ date: '2024-01-08', periodTo: '2023-12-20', inferred: false });
  });

  it('infers the date from the items where the dateline would fall months after them', () => {
    expect(parseText(pdfSnippet({ header: '5 July', top: [oneEntry], policyNews: item })).issue).toMatchObject({ date: '2023-10-09', inferred: true });
  });
});

describe('a dateline the reader joined to the line before it', () => {
  it('still dates the issue: a masthead taken for a running header left the dateline after a page turn', () => {
    const text = [
      'Skip to main content',
      '',
      'Home › Briefs › China Industries',
      'We use cookies to improve your experience.',
      'Accept all',
      '',
      'MERICS China Industries – Issue 2/2024',
      '',
      'Berlin, 21.02.2024',
      '',
      'MERICS Top 5',
      '',
      '1. Beijing bets on robots',
      '',
      'At a glance: MIIT issued a plan on robots.',
      '',
      'Document: Plan on Robots',
      'Issuers: MIIT',
      'Date: 18.01.2024',
    ].join('\n');
    expect(parseText(text).issue).toMatchObject({ date: '2024-02-21', inferred: false });
  });
});
