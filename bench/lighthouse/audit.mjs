// Run Lighthouse (mobile: default form factor and simulated throttling) on signed-in screens.
//
// Input, as JSON on stdin: {base, cookies: [{name, value}], pages: [{name, hash, heading}],
// runs, out, chrome}. Each page is audited `runs` times, each run in a Chromium of its own
// (a fresh profile), with the session cookie set in the browser (Lighthouse clears the origin's storage
// and service worker before each run, never cookies). After each run the page must show the
// expected heading, so a report of the login screen is refused rather than scored.
// Output, as JSON on stdout: per page, the scores of every run and the report paths.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'];

async function readInput() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return JSON.parse(text);
}

async function auditOnce(input, page, run) {
  const chrome = await chromeLauncher.launch({ chromePath: input.chrome, chromeFlags: CHROME_FLAGS });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  try {
    const tab = await browser.newPage();
    await tab.setCookie(...input.cookies.map((c) => ({ ...c, url: input.base })));
    const url = `${input.base}/#/${page.hash}`;
    const result = await lighthouse(url, { output: ['html', 'json'], logLevel: 'error' }, undefined, tab);
    const heading = await tab.evaluate(() => document.querySelector('main h1')?.textContent ?? null);
    if (heading !== page.heading) {
      throw new Error(`${page.name} run ${run}: expected the "${page.heading}" screen, found heading ${JSON.stringify(heading)}`);
    }
    const stem = join(input.out, `${page.name}-${run}`);
    await writeFile(`${stem}.report.html`, result.report[0]);
    await writeFile(`${stem}.report.json`, result.report[1]);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(result.lhr.categories[id].score * 100)]));
    return { run, scores, heading, report: `${stem}.report.html` };
  } finally {
    await browser.disconnect();
    await chrome.kill();
  }
}

async function main() {
  const input = await readInput();
  await mkdir(input.out, { recursive: true });
  const results = [];
  for (const page of input.pages) {
    const runs = [];
    for (let run = 1; run <= input.runs; run++) {
      runs.push(await auditOnce(input, page, run));
      process.stderr.write(`  ${page.name} run ${run}: ${JSON.stringify(runs.at(-1).scores)}\n`);
    }
    results.push({ name: page.name, runs });
  }
  process.stdout.write(JSON.stringify(results));
}

await main();
