// Ids for rows an import creates, derived from site + natural key, so re-importing a file gives the same ids.
import { createHash } from 'node:crypto';

/** @example deterministicId('sku', 'site-1', 'A-001') // 'sku-3f1c…' (prefix + 24 hex digits) */
export function deterministicId(prefix: string, siteId: string, ...key: string[]): string {
  const hash = createHash('sha256')
    .update([siteId, ...key].join('\u0000'))
    .digest('hex');
  return `${prefix}-${hash.slice(0, 24)}`;
}
