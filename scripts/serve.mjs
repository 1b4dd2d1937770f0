#!/usr/bin/env node
// A tiny static file server for the built site (build/): what `npm start`, the e2e tests,
// the benchmark and a classroom laptop (`npm run classroom`) use. No dependencies.
// Usage: node scripts/serve.mjs [port] [dir] [host]   (host: 127.0.0.1 unless given; 0.0.0.0 for a LAN)
//
// What any host should do too (see the README): serve the precompressed `.br` / `.gz`
// files the build writes beside each file when the browser accepts them; cache the
// content-hashed files under /_app/immutable/ for a year; revalidate everything else
// (no-cache with an ETag: a 304 when unchanged).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml'
};

/** Serve `dir` on host:port; resolves with the server once it listens. */
export function serve({ port = 4173, dir = 'build', host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    path = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    let st;
    try {
      st = statSync(file);
      if (st.isDirectory()) {
        file = join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    let body = file;
    let encoding;
    for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (new RegExp(`\\b${enc}\\b`).test(accept) && existsSync(file + ext)) {
        body = file + ext;
        encoding = enc;
        break;
      }
    }
    const size = encoding ? statSync(body).size : st.size;
    const etag = `"${st.size.toString(36)}-${Math.round(st.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': /[/\\]_app[/\\]immutable[/\\]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      vary: 'Accept-Encoding'
    };
    if (encoding) headers['content-encoding'] = encoding;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
    headers['content-length'] = size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(body).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
  const dir = process.argv[3] ?? 'build';
  const host = process.argv[4] ?? process.env.HOST ?? '127.0.0.1';
  await serve({ port, dir, host });
  console.log(`Serving ${resolve(dir)} at http://${host}:${port}/`);
}
