// The initial JavaScript budget: what index.html makes every visitor download
// before the app can start (its module script and modulepreloads, so
// socket.io-client and Preact are counted; lazy screens are not), gzipped, must
// stay within BUDGET_KB (60 by default). Run after `vite build`; exits 1 when over.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TAGS = /<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g;

/** The JS files index.html loads up front, as paths relative to dist. */
export function initialScripts(html) {
  return [...html.matchAll(TAGS)].map((match) => match[1].replace(/^\//, ''));
}

export function checkBudget(dist, budgetKb) {
  const files = initialScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  const sizes = files.map((file) => [file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  return { sizes, total, budget: budgetKb * 1024, ok: total <= budgetKb * 1024 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const result = checkBudget(dist, Number(process.env.BUDGET_KB || 60));
  for (const [file, size] of result.sizes) console.log(`  ${file}  ${(size / 1024).toFixed(2)} kB gzipped`);
  const line = `initial JavaScript ${(result.total / 1024).toFixed(2)} kB gzipped, budget ${result.budget / 1024} kB`;
  if (!result.ok) {
    console.error(`${line}: OVER BUDGET. Load the new code on demand (a lazy import) or make room.`);
    process.exit(1);
  }
  console.log(`${line}: within budget`);
}
