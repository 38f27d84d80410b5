// Opening the store for one command: configuration, the data-folder lock (PGlite admits one process), the context.
import { type AddressInfo, createServer } from 'node:net';
import type { AppConfig } from '@logipilot/app/config';
import type { AppContext } from '@logipilot/app/context';
import type { Actor, Site } from '@logipilot/domain';
import { DomainError, ROLES } from '@logipilot/domain';
import { isLang, type Lang } from '@logipilot/i18n';
import type { GlobalOptions } from './command.ts';

export async function cliConfig(globals: GlobalOptions): Promise<AppConfig> {
  const { loadConfig } = await import('@logipilot/app/config');
  return loadConfig(globals.dataDir === undefined ? {} : { dataDir: globals.dataDir });
}

/** The configured interface language, when the configuration names a valid one. */
export async function configuredLang(): Promise<Lang | undefined> {
  try {
    const { loadConfig } = await import('@logipilot/app/config');
    const lang: unknown = loadConfig({}).lang;
    return isLang(lang) ? lang : undefined;
  } catch {
    // An invalid configuration is reported by the command that needs it, in the default language.
    return undefined;
  }
}

/**
 * Opens the store, runs `fn`, closes the store. On a PGlite data folder the lock is taken before anything is
 * opened, and held until the store is closed; `serverPort` records where a server holding it listens.
 */
export async function withStore<T>(
  globals: GlobalOptions,
  fn: (ctx: AppContext) => Promise<T>,
  options: { serverPort?: number } = {},
): Promise<T> {
  const config = await cliConfig(globals);
  const { openAppContext } = await import('@logipilot/app/context');
  let lock: { release(): Promise<void> } | null = null;
  if (config.store.kind === 'pglite') {
    const { acquireDataDirLock } = await import('@logipilot/db');
    lock = await acquireDataDirLock(config.dataDir, {
      pid: process.pid,
      port: options.serverPort ?? null,
      command: process.argv.slice(2).join(' '),
    });
  }
  try {
    const ctx = await openAppContext(config);
    try {
      return await fn(ctx);
    } finally {
      await ctx.close();
    }
  } finally {
    await lock?.release();
  }
}

/** Where a server listens: the flags, else the configuration (PORT, LOGIPILOT_HOST, defaults). */
export async function serverAddress(
  globals: GlobalOptions,
  port: number | undefined,
  host: string | undefined,
): Promise<{ port: number; host: string }> {
  const config = await cliConfig(globals);
  const address = { port: port ?? config.port, host: host ?? config.host };
  // The lock must name the port a second process can reach, so "any free port" is chosen before it is taken.
  return address.port === 0 ? { ...address, port: await freePort(address.host) } : address;
}

function freePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

export async function requireSite(ctx: AppContext): Promise<Site> {
  const site = await ctx.db.repos.sites.first();
  if (!site) throw new DomainError('CLI_STORE_EMPTY');
  return site;
}

/** The CLI acts as the site's first admin user (imports and exports are audited under that name). */
export async function adminActor(ctx: AppContext, site: Site): Promise<Actor> {
  const admin = (await ctx.db.repos.users.all(site.id)).find((u) => u.role === 'admin');
  if (!admin) throw new DomainError('CLI_NO_ADMIN_USER', { params: { code: site.code } });
  return { userId: admin.id, username: admin.username, role: admin.role, clientId: null, siteId: site.id };
}

/** Refuses a store that already holds a site, unless `force`: then every site and its history are removed first. */
export async function replaceableStore(ctx: AppContext, force: boolean): Promise<void> {
  let existing = await ctx.db.repos.sites.first();
  if (existing && !force) throw new DomainError('CLI_STORE_NOT_EMPTY', { params: { code: existing.code } });
  while (existing) {
    await ctx.events.deleteSite(existing.id);
    await ctx.db.repos.sites.remove(existing.id);
    existing = await ctx.db.repos.sites.first();
  }
}

/** The site's logins whose password is still the demo one: only those are worth printing. */
export async function demoLogins(ctx: AppContext): Promise<{ username: string; role: string }[]> {
  const [{ verifyPassword }, { DEMO_PASSWORD }] = await Promise.all([
    import('@logipilot/app/auth/password'),
    import('@logipilot/demo'),
  ]);
  const site = await ctx.db.repos.sites.first();
  const users = site ? await ctx.db.repos.users.all(site.id) : [];
  const stillDemo = await Promise.all(
    users.map(async (user) => {
      const stored = await ctx.db.repos.users.findByUsername(user.username);
      return stored !== null && (await verifyPassword(DEMO_PASSWORD, stored.passwordHash));
    }),
  );
  return users
    .filter((_, i) => stillDemo[i])
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.username.localeCompare(b.username))
    .map((u) => ({ username: u.username, role: u.role }));
}
