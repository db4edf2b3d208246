import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

// The Flask server; in production it serves dist/ itself, so these proxies
// only matter for `npm run dev` / `npm run preview`.
const SERVER = 'http://127.0.0.1:5000';
const proxy = {
  '/api': SERVER,
  '/socket.io': { target: SERVER, ws: true },
  '/healthz': SERVER,
};

const manifest = {
  id: '/',
  name: 'Amplify — Employee Advocacy',
  short_name: 'Amplify',
  description: "Share your company's content, earn points and climb the leaderboard.",
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: '#4f46e5',
  background_color: '#f5f6fb',
  // Long-press the home-screen icon: straight to the feed or the leaderboard.
  shortcuts: [
    { name: 'Feed', url: '/#/feed', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
    { name: 'Leaderboard', url: '/#/leaderboard', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
  ],
  // Share a link to Amplify from any app to suggest it (src/lib/sharedIntent.js).
  // enctype is the default for GET, but Chromium reports a manifest error without it.
  share_target: {
    action: '/share-target',
    method: 'GET',
    enctype: 'application/x-www-form-urlencoded',
    params: { title: 'title', text: 'text', url: 'url' },
  },
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

export default defineConfig({
  base: '/',
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.js',
      // src/lib/registerSW.js registers the worker itself so it can offer
      // "update available" without pulling workbox-window into the bundle.
      injectRegister: false,
      manifest,
      includeAssets: ['icons/apple-touch-icon.png', 'icons/favicon-32.png', 'icons/badge-72.png'],
      injectManifest: {
        // A classic (non-module) worker script: registered without
        // {type: 'module'}, so it runs in every browser with service workers.
        rollupFormat: 'iife',
        // Icons and the manifest are added by the plugin (manifest icons +
        // includeAssets); globbing them too would list them twice.
        globPatterns: ['**/*.{js,css,html}'],
        // The publishing, rules, insights and prize manager screens are only
        // for managers / admins: precaching them would make every advocate
        // download them anyway, defeating the lazy import(). (Rules-* and
        // Insights-* cover their CSS chunks too; Insights carries uPlot.)
        globIgnores: ['**/NewContent-*', '**/Rules-*', '**/Insights-*', '**/PrizeManager-*'],
      },
    }),
  ],
  server: { proxy },
  preview: { proxy },
});
