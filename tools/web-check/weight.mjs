// Measures what `/` costs a visitor on a slow connection: the gzip bytes on the wire of its HTML, CSS and JS.
// node:http rather than fetch, because fetch decompresses and hides how many bytes were actually sent.
import http from 'node:http';
import https from 'node:https';

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
 * The directory page's weight in KB (1024 bytes, one decimal) as sent with gzip. Throws when an asset is missing or
 * any of them is sent uncompressed, since an uncompressed asset would make the number meaningless.
 */
export async function pageWeight(base) {
  const page = await getRaw(`${base}/`);
  if (page.status !== 200) throw new Error(`GET / answered ${page.status}`);
  const html = (await import('node:zlib')).gunzipSync(page.headers['content-encoding'] === 'gzip' ? page.body : Buffer.alloc(0)).toString('utf8')
    || page.body.toString('utf8');
  // Stylesheets and scripts the page itself loads; the fonts and images the CSS pulls in are left out.
  const assets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"/g)]
    .map((m) => new URL(m[1] ?? m[2], `${base}/`).href);
  let total = page.body.length;
  const uncompressed = page.headers['content-encoding'] === 'gzip' ? [] : ['/'];
  for (const url of assets) {
    const asset = await getRaw(url);
    if (asset.status !== 200) throw new Error(`GET ${url} answered ${asset.status}`);
    if (asset.headers['content-encoding'] !== 'gzip') uncompressed.push(new URL(url).pathname);
    total += asset.body.length;
  }
  const kb = (total / 1024).toFixed(1);
  if (uncompressed.length) throw new Error(`${kb} KB, but not gzip-compressed: ${uncompressed.join(', ')}`);
  return `${kb} (HTML + ${assets.length} asset(s))`;
}
