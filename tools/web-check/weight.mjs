// Measures what `/` costs a visitor on a slow connection: the gzip bytes on the wire of its HTML, CSS and JS.
// node:http rather than fetch, because fetch decompresses and hides how many bytes were actually sent.
import http from 'node:http';
import https from 'node:https';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** GETs a URL asking for gzip; resolves with the raw (still compressed) body bytes and the response headers. */
function getRaw(url) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolveGet, reject) => {
    client.get(url, { headers: { 'Accept-Encoding': 'gzip', Accept: 'text/html,*/*' } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolveGet({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * The directory page's weight in KB (1024 bytes, one decimal) as sent. Throws when an asset is missing or is sent
 * uncompressed, since the assets are built to be served gzipped.
 */
export async function pageWeight(base) {
  const page = await getRaw(`${base}/`);
  if (page.status !== 200) throw new Error(`GET / answered ${page.status}`);
  // Pages are sent uncompressed on purpose: they carry the anti-forgery token, and compressing secrets beside
  // what a visitor typed is the BREACH attack. The static assets hold no secrets and are sent pre-gzipped.
  const html = (page.headers['content-encoding'] === 'gzip' ? gunzipSync(page.body) : page.body).toString('utf8');
  // Stylesheets and scripts the page itself loads; the fonts and images the CSS pulls in are left out.
  const assets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"/g)]
    .map((m) => new URL(m[1] ?? m[2], `${base}/`).href);
  let total = page.body.length;
  const uncompressed = [];
  for (const url of assets) {
    const asset = await getRaw(url);
    if (asset.status !== 200) throw new Error(`GET ${url} answered ${asset.status}`);
    if (asset.headers['content-encoding'] !== 'gzip') uncompressed.push(new URL(url).pathname);
    total += asset.body.length;
  }
  const kb = (total / 1024).toFixed(1);
  if (uncompressed.length) throw new Error(`${kb} KB, but assets not gzip-compressed: ${uncompressed.join(', ')}`);
  return `${kb} (HTML ${(page.body.length / 1024).toFixed(1)} KB + ${assets.length} asset(s))`;
}

// Run on its own (node tools/web-check/weight.mjs <base URL>) it prints the directory page's weight.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await pageWeight((process.argv[2] || '').replace(/\/+$/, '')));
}
