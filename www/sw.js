// The service worker: precaches the page and the wasm so a reload works with the network off.
//
// Strategy: network first, cache as the fallback. Without a bundler our file names carry no
// content hashes, so serving from the cache first could pair a new hedgescope.js with an old
// .wasm after an update; network-first never does, and every good response refreshes the
// cache. Offline, every request is answered from the cache. Raise VERSION when the list of
// files changes: the new worker precaches them and the activate step drops older caches.

const VERSION = 'v2';
const CACHE = `hedgescope-${VERSION}`;
const PRECACHE = [
  './', './index.html', './style.css', './main.js', './analyzer.js', './worker.js',
  './render.js', './charts.js', './summary.js', './findings.js', './export.js', './input.js',
  './meanings.js', './lang.js', './sample.js', './view.js', './csv.js',
  './pkg/hedgescope.js', './pkg/hedgescope_bg.wasm',
];
/** Written by scripts/build.sh: every file of the wasm package, snippets included. */
const PACKAGE_LIST = './pkg/precache.json';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const listed = await fetch(PACKAGE_LIST, { cache: 'reload' }).then((r) => (r.ok ? r.json() : []), () => []);
    const urls = [...new Set([...PRECACHE, ...listed])];
    await cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('hedgescope-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) event.waitUntil(cache.put(request, response.clone()));
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true })
        ?? (request.mode === 'navigate' ? await cache.match('./') : undefined);
      if (cached) return cached;
      throw error;
    }
  })());
});
