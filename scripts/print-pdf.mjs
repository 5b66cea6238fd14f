#!/usr/bin/env node
/**
 * After the build: the print edition of every nummer as a PDF (issue 7, point 4).
 *
 *   node scripts/print-pdf.mjs [distDir]        (default: dist; also PRINT_PDF_DIST)
 *
 * Serves the built site from distDir on 127.0.0.1, opens /nummers/<n>/afdrukken/ in Chromium and
 * writes distDir/nummers/<n>/vief-nummer-<n>.pdf (A4, tagged, with bookmarks). Two passes: the
 * first PDF tells on which page each article starts (its bookmarks, read with unpdf); those numbers go
 * into the table of contents and the PDF is made again. Then the "Download als PDF" link on the
 * print page is switched on.
 *
 * Without Chromium (or Playwright) it says so and exits 0: the site works without the PDFs.
 * Chromium comes from Debian (`apt-get install chromium`) or CHROMIUM_PATH; never downloaded.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { findChromium } from './chromium.mjs';

const dist = path.resolve(process.argv[2] ?? process.env.PRINT_PDF_DIST ?? 'dist');
const log = (msg) => console.log(`[print-pdf] ${msg}`);


const MIME = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp',
  '.avif': 'image/avif', '.gif': 'image/gif', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/** A tiny static file server over dist (only what the print pages need). */
function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const squash = (s) => s.toLowerCase().replace(/[\s\u00AD\-‐‑–—'’"“”]/g, '');

/**
 * The page (1-based) on which each article starts. Chromium writes a PDF outline (bookmarks) from
 * the headings, with the page of each: the article titles are found there, in order.
 */
async function articlePages(titles, doc) {
  const flat = [];
  const walk = async (items) => {
    for (const item of items ?? []) {
      let dest = item.dest;
      if (typeof dest === 'string') dest = await doc.getDestination(dest);
      const pageIndex = Array.isArray(dest) && dest[0] ? await doc.getPageIndex(dest[0]) : undefined;
      flat.push({ title: squash(item.title ?? ''), page: pageIndex === undefined ? undefined : pageIndex + 1 });
      await walk(item.items);
    }
  };
  await walk(await doc.getOutline());
  let from = 0;
  return titles.map((title) => {
    const i = flat.findIndex((o, n) => n >= from && o.title === squash(title));
    if (i < 0) return undefined;
    from = i + 1;
    return flat[i].page;
  });
}

async function main() {
  const nummersDir = path.join(dist, 'nummers');
  const editions = fs.existsSync(nummersDir)
    ? fs.readdirSync(nummersDir).filter((n) => fs.existsSync(path.join(nummersDir, n, 'afdrukken', 'index.html')))
    : [];
  if (!editions.length) {
    log(`geen afdrukversies gevonden in ${path.relative(process.cwd(), nummersDir) || nummersDir}: geen PDF's gemaakt.`);
    return;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    log("Chromium is niet gevonden: de PDF's van de nummers zijn NIET gemaakt (de site werkt verder gewoon).");
    log('Installeer Chromium met "sudo apt-get install -y chromium" of zet CHROMIUM_PATH, en bouw opnieuw.');
    return;
  }
  let chromium;
  // playwright-core is a production dependency (the publish pipeline installs with --omit=dev, issue 13);
  // @playwright/test (devDependency) brings the same module.
  for (const pkg of ['playwright-core', '@playwright/test']) {
    try {
      ({ chromium } = await import(pkg));
      break;
    } catch {
      /* try the next */
    }
  }
  if (!chromium) {
    log("Playwright (playwright-core) is niet geïnstalleerd: de PDF's van de nummers zijn NIET gemaakt.");
    return;
  }
  let openPdf;
  try {
    const { getDocumentProxy } = await import('unpdf');
    openPdf = async (buffer) => getDocumentProxy(new Uint8Array(buffer));
  } catch {
    log('unpdf ontbreekt: de PDF krijgt geen paginanummers in de inhoudsopgave.');
  }

  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    for (const n of editions.sort((a, b) => Number(a) - Number(b))) {
      const started = Date.now();
      await page.goto(`${base}/nummers/${n}/afdrukken/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      await page.emulateMedia({ media: 'print' });
      const options = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true };
      let pdf = await page.pdf(options);
      let pageCount;
      if (openPdf) {
        const ids = await page.$$eval('[data-toc-pagina]', (els) => els.map((e) => e.getAttribute('data-toc-pagina')));
        const titles = await page.$$eval('[data-artikel-titel]', (els) => els.map((e) => e.getAttribute('data-artikel-titel')));
        let doc = await openPdf(pdf);
        let numbers = await articlePages(titles, doc);
        // Writing the numbers can (rarely) move text to another page: check and repeat.
        for (let pass = 0; pass < 3; pass++) {
          await page.evaluate(({ ids, numbers }) => {
            ids.forEach((id, i) => {
              const el = document.querySelector(`[data-toc-pagina="${CSS.escape(id)}"]`);
              if (el) el.textContent = numbers[i] === undefined ? '' : String(numbers[i]);
            });
          }, { ids, numbers });
          pdf = await page.pdf(options);
          doc = await openPdf(pdf);
          pageCount = doc.numPages;
          const check = await articlePages(titles, doc);
          if (check.every((v, i) => v === numbers[i])) break;
          numbers = check;
        }
        const missing = titles.filter((_, i) => numbers[i] === undefined);
        if (missing.length) log(`nummer ${n}: begin niet gevonden van ${missing.map((t) => `"${t}"`).join(', ')}`);
      }
      const out = path.join(dist, 'nummers', n, `vief-nummer-${n}.pdf`);
      fs.writeFileSync(out, pdf);
      // Switch on the download link on the print page.
      const htmlFile = path.join(dist, 'nummers', n, 'afdrukken', 'index.html');
      const html = fs.readFileSync(htmlFile, 'utf8');
      fs.writeFileSync(htmlFile, html.replace(/(<li[^>]*data-pdf-link[^>]*?)\s+hidden(?=[\s>])/, '$1'));
      await page.emulateMedia({ media: 'screen' });
      const kb = Math.round(pdf.length / 1024);
      log(`${path.relative(process.cwd(), out)}: ${pageCount ?? '?'} pagina's, ${kb} kB (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * A print page whose PDF was not made (no Chromium on this machine, or an error) must not keep the
 * hidden download link: it points at a file that does not exist, and the link check (rightly)
 * refuses the site. Seen on a publish runner without Chromium (issue 13).
 */
function dropMissingPdfLinks() {
  const nummersDir = path.join(dist, 'nummers');
  if (!fs.existsSync(nummersDir)) return;
  for (const n of fs.readdirSync(nummersDir)) {
    const htmlFile = path.join(nummersDir, n, 'afdrukken', 'index.html');
    if (!fs.existsSync(htmlFile) || fs.existsSync(path.join(nummersDir, n, `vief-nummer-${n}.pdf`))) continue;
    const html = fs.readFileSync(htmlFile, 'utf8');
    const without = html.replace(/<li\b[^>]*\bdata-pdf-link\b[^>]*>[\s\S]*?<\/li>/, '');
    if (without !== html) fs.writeFileSync(htmlFile, without);
  }
}

main()
  .then(dropMissingPdfLinks)
  .catch((error) => {
    // A failing PDF must not break the site's build: say what went wrong, clearly, and go on.
    console.error(`[print-pdf] De PDF's konden niet worden gemaakt: ${error?.stack ?? error}`);
    dropMissingPdfLinks();
    process.exit(process.env.PRINT_PDF_STRICT ? 1 : 0);
  });
