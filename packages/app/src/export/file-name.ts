// File names of downloads: ASCII, no path characters, whatever the plan or client is called.

/** `Biscuiterie & Boissons` → `Biscuiterie-Boissons`; `fallback` when nothing is left. */
export function asciiFileStem(name: string | undefined, fallback: string): string {
  const stem = (name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || fallback;
}
