#!/usr/bin/env node
// Draws the Amplify logo mark (a white megaphone with sound waves on the brand
// colour) and writes the PNG icons the manifest and index.html point at, plus
// the notification badge (the megaphone alone, white on transparent: Android
// uses only its alpha channel, for the status bar).
// Only Node built-ins are used so anyone can regenerate the icons without
// extra tooling; the PNGs are committed, so the build never runs this.
//
//   node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const BRAND = [0x4f, 0x46, 0xe5]; // indigo-600; keep in sync with --brand in CSS
const GLYPH = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4; // 4x4 samples per pixel gives smooth anti-aliased edges

// ---------- PNG encoding (RGBA, 8 bit, no interlace) ----------

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // Each scanline is prefixed with filter type 0 (none); zlib does the work.
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- Shapes, in a unit square (0..1) ----------

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inPolygon(x, y, pts) {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// An arc stroke with round caps: the sound waves in front of the megaphone.
function inArc(x, y, cx, cy, radius, half, maxAngle) {
  const dx = x - cx;
  const dy = y - cy;
  const angle = Math.atan2(dy, dx);
  if (Math.abs(angle) <= maxAngle) return Math.abs(Math.hypot(dx, dy) - radius) <= half;
  const ex = cx + radius * Math.cos(maxAngle);
  const ey = cy + radius * Math.sin(maxAngle) * Math.sign(angle);
  return Math.hypot(x - ex, y - ey) <= half;
}

// The megaphone, drawn pointing right in a 0..1 box, then tilted upwards a
// little so the mark feels energetic rather than static.
function inMegaphone(px, py) {
  const tilt = (-14 * Math.PI) / 180;
  const cos = Math.cos(-tilt);
  const sin = Math.sin(-tilt);
  const x = 0.5 + (px - 0.5) * cos - (py - 0.5) * sin;
  const y = 0.5 + (px - 0.5) * sin + (py - 0.5) * cos;
  return (
    inRoundedRect(x, y, 0.1, 0.4, 0.26, 0.6, 0.04) || // mouthpiece
    inPolygon(x, y, [
      [0.24, 0.4],
      [0.6, 0.2],
      [0.6, 0.8],
      [0.24, 0.6],
    ]) || // horn
    inRoundedRect(x, y, 0.57, 0.17, 0.65, 0.83, 0.04) || // bell rim
    inPolygon(x, y, [
      [0.27, 0.58],
      [0.38, 0.58],
      [0.35, 0.78],
      [0.25, 0.78],
    ]) || // handle
    inArc(x, y, 0.66, 0.5, 0.17, 0.035, 0.7) ||
    inArc(x, y, 0.66, 0.5, 0.28, 0.035, 0.62)
  );
}

// ---------- Rasteriser ----------

/**
 * @param size    output edge in pixels
 * @param bleed   true: square fills the canvas (maskable / apple-touch, the OS
 *                crops it); false: rounded square with transparent corners
 * @param glyph   fraction of the canvas the megaphone occupies
 */
function drawIcon(size, { bleed, glyph }) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  const inset = (1 - glyph) / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (!bleed && !inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.22)) continue;
          bg++;
          if (inMegaphone((x - inset) / glyph, (y - inset) / glyph)) fg++;
        }
      }
      writePixel(rgba, (py * size + px) * 4, bg / (n * n), bg ? fg / bg : 0);
    }
  }
  return rgba;
}

// The badge: no background, the glyph's coverage is the alpha.
function drawBadge(size, { glyph }) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  const inset = (1 - glyph) / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (inMegaphone((x - inset) / glyph, (y - inset) / glyph)) fg++;
        }
      }
      const i = (py * size + px) * 4;
      rgba.fill(0xff, i, i + 3);
      rgba[i + 3] = Math.round((fg / (n * n)) * 255);
    }
  }
  return rgba;
}

function writePixel(rgba, i, alpha, glyphShare) {
  for (let c = 0; c < 3; c++) {
    rgba[i + c] = Math.round(BRAND[c] + (GLYPH[c] - BRAND[c]) * glyphShare);
  }
  rgba[i + 3] = Math.round(alpha * 255);
}

// Maskable icons must keep the glyph inside the central 80% "safe zone"
// circle, so the mark is drawn smaller there than on the plain icons.
const ICONS = [
  { file: 'icon-192.png', size: 192, bleed: false, glyph: 0.78 },
  { file: 'icon-512.png', size: 512, bleed: false, glyph: 0.78 },
  { file: 'maskable-512.png', size: 512, bleed: true, glyph: 0.6 },
  { file: 'apple-touch-icon.png', size: 180, bleed: true, glyph: 0.72 },
  { file: 'favicon-32.png', size: 32, bleed: false, glyph: 0.86 },
  // 72px is the 24dp status-bar icon at 3x; the megaphone fills the square.
  { file: 'badge-72.png', size: 72, badge: true, glyph: 1 },
];

mkdirSync(OUT_DIR, { recursive: true });
for (const { file, size, badge, ...opts } of ICONS) {
  const rgba = badge ? drawBadge(size, opts) : drawIcon(size, opts);
  writeFileSync(join(OUT_DIR, file), encodePng(size, rgba));
  console.log(`wrote public/icons/${file} (${size}x${size})`);
}
