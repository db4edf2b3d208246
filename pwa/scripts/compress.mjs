// Write a Brotli (.br) and a gzip (.gz) copy beside every text file of the
// build, once, at the highest levels: the server sends the copy the browser
// accepts instead of compressing the same file again on every request
// (server/web.py). Run after `vite build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|css|html|webmanifest|svg|json)$/;

export function compressDist(dist) {
  const files = readdirSync(dist, { recursive: true }).filter((file) => TEXT.test(file));
  for (const file of files) {
    const data = readFileSync(join(dist, file));
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length };
    writeFileSync(join(dist, `${file}.br`), brotliCompressSync(data, { params }));
    writeFileSync(join(dist, `${file}.gz`), gzipSync(data, { level: 9 }));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = compressDist(fileURLToPath(new URL('../dist', import.meta.url)));
  console.log(`compressed ${files.length} files (.br, .gz)`);
}
