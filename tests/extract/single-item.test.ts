/** A web page that carries one brief item: an unnumbered headline, a dateline, the summary and the fields. */
import { describe, expect, it } from 'vitest';
import { extractText, nodesOf, outgoing, parseText } from '../helpers/extract.ts';

const glance =
  'The Ministry of Industry and Information Technology (MIIT) released an action plan to develop the sodium-ion battery industry, together with the National Development and Reform Commission (NDRC). The plan covers materials, cells and recycling, and asks local governments to support pilot lines with land and cheap power. Targets for 2027 are:';
const comment =
  'The plan builds on the 14th Five-Year Plan for a Modern Energy System released in 2022. Sodium-ion cells are cheaper than lithium-ion cells and need no lithium, cobalt or nickel, which China partly imports; they suit storage and small cars.';
const title = 'Action Plan for the Development of the Sodium-ion Battery Industry (钠离子电池产业发展行动计划)';

const copied = [
  "China's MIIT pushes for sodium-ion batteries | Merics",
  'Home › China Industries',
  'MIIT unveils action plan for sodium-ion battery industry',
  '12 March 2025',
  `At a glance: ${glance}`,
  'Build 10 production lines with an annual capacity of 5 GWh each',
  'Cut the cost per kWh by 30 percent',
  `MERICS comment: ${comment}`,
  `Policy name: ${title}`,
  'Issuing bodies: MIIT, NDRC',
  'Date: March 10, 2025',
  'Share this page',
].join('\n');

const saved = `<!doctype html><html><head><title>MIIT unveils action plan | Merics</title></head><body>
<nav><a href="/">Home</a> › <a href="/china-industries">China Industries</a></nav>
<main><article>
<h1>MIIT unveils action plan for sodium-ion battery industry</h1>
<p class="date">12 March 2025</p>
<p><strong>At a glance:</strong> ${glance}</p>
<ul><li>Build 10 production lines with an annual capacity of 5 GWh each</li><li>Cut the cost per kWh by 30 percent</li></ul>
<p><strong>MERICS comment:</strong> ${comment}</p>
<p><strong>Policy name:</strong> ${title}</p>
<p><strong>Issuing bodies:</strong> MIIT, NDRC</p>
<p><strong>Date:</strong> March 10, 2025</p>
</article></main>
<footer><button>Share this page</button></footer>
</body></html>`;

describe('a page with a single brief item', () => {
  it.each([
    ['copied from the browser', copied, 'web-text'],
    ['saved as HTML', saved, 'html'],
  ])('reads the item %s as one entry, dated by the page', (_how, text, shape) => {
    const doc = parseText(text, 'single.html');
    expect(doc.shape).toBe(shape);
    expect(doc.top).toHaveLength(1);
    expect(doc.top[0]!.headline.text).toBe('MIIT unveils action plan for sodium-ion battery industry');
    expect(doc.issue.date).toBe('2025-03-12');

    const graph = extractText(text, 'single.html');
    const [policy] = nodesOf(graph, 'Policy').filter((p) => !p.stub);
    expect(policy).toMatchObject({
      title: 'Action Plan for the Development of the Sodium-ion Battery Industry',
      titleZh: '钠离子电池产业发展行动计划',
      date: '2025-03-10',
    });
    expect(
      outgoing(graph, policy!.key, 'ISSUED_BY')
        .map((e) => e.key)
        .sort(),
    ).toEqual(['agency:miit', 'agency:ndrc']);
    expect(outgoing(graph, policy!.key, 'SETS_TARGET').map((e) => (e.node as { year: number }).year)).toEqual([2027, 2027]);
    expect(outgoing(graph, policy!.key, 'BUILDS_ON').map((e) => (e.node as { title: string }).title)).toEqual([
      '14th Five-Year Plan for a Modern Energy System',
    ]);
  });

  it('takes no reading time for the headline', () => {
    const page = copied.replace('12 March 2025', '3 min read\n12 March 2025');
    expect(parseText(page, 'single.txt').top[0]!.headline.text).toBe('MIIT unveils action plan for sodium-ion battery industry');
  });

  it.each(['China Industries', 'MERICS Briefs', 'MERICS China Industries'])('takes no line "%s" naming the newsletter for the headline', (masthead) => {
    const page = copied.replace('12 March 2025', `${masthead}\n12 March 2025`);
    expect(parseText(page, 'single.txt').top[0]!.headline.text).toBe('MIIT unveils action plan for sodium-ion battery industry');
  });

  it('still refuses a page with no summary and no document', () => {
    expect(parseText('Home › China Industries\nAbout us\nContact', 'about.txt').top).toEqual([]);
  });
});
