// Serves the built web app for non-API paths, falling back to index.html so that client-side routes load.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './env.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** GET/HEAD of a file under `root`, else index.html; nothing outside `root` is ever read. */
export function serveWebApp(root: string): MiddlewareHandler<ApiEnv> {
  const base = normalize(root);
  return async (c, next) => {
    if (!['GET', 'HEAD'].includes(c.req.method) || c.req.path.startsWith('/api/') || c.req.path === '/api') {
      return next();
    }
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const candidate = normalize(join(base, relative));
    const inside = candidate === base || candidate.startsWith(base.endsWith(sep) ? base : base + sep);
    const index = join(base, 'index.html');
    const file = inside && (await isFile(candidate)) ? candidate : index;
    if (!(await isFile(file))) return next();
    const hashed = file !== index && /[.-][A-Za-z0-9_-]{8,}\.\w+$/.test(file);
    return c.body(await readFile(file), 200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
