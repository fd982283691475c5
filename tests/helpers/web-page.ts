/**
 * A seed as an analyst saves it from the web: the newsletter's markdown rendered to HTML
 * (mdast → hast → HTML, the unified family) inside a page with everything a brief's page carries
 * around the article — navigation, a cookie banner, share buttons, a paywall notice, a footer.
 * Written here, in the shape of merics.org's pages, not copied from them.
 */
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { toHast } from 'mdast-util-to-hast';

export function seedAsWebPage(markdown: string, title: string): string {
  const article = toHtml(toHast(fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })));
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${title} | MERICS</title>
<script>window.dataLayer = [{ page: 'brief' }];</script>
<style>.cookie-banner { position: fixed; }</style></head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><nav class="main-menu"><ul><li><a href="/en/research">Research</a></li><li><a href="/en/briefs">MERICS Briefs</a></li><li><a href="/en/about">About us</a></li></ul></nav></header>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience. By March 1, 2025 we will ask again.</p><button>Accept all</button></div>
<main id="main">
  <div class="breadcrumb"><a href="/en">Home</a> › <a href="/en/briefs">Briefs</a> › China Industries</div>
  <article class="brief">
    <div class="share-buttons"><a href="https://twitter.com/share">Share on X</a> <a href="https://www.linkedin.com/share">LinkedIn</a></div>
    <div class="entry-content">
${article}
    </div>
    <div class="paywall-notice"><p>This brief is for subscribers. The Ministry of Commerce (MOFCOM) plan is not shown in full.</p></div>
  </article>
  <aside class="related-content"><h3>More briefs like this one</h3><p>China Essentials: 12 January 2024</p></aside>
</main>
<footer class="site-footer"><p>© 2025 Site footer text · Imprint · Data protection</p></footer>
</body>
</html>
`;
}
