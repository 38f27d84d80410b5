// Turns a raw header row into unique, trimmed column names; blank headers drop their column.

/**
 * Returns one name per column index, or null for a column to ignore (blank header). A repeated header gets a
 * " (2)" suffix so that both columns stay addressable and the mapping can report the duplicate.
 */
export function headerNames(raw: readonly unknown[]): (string | null)[] {
  const seen = new Map<string, number>();
  return raw.map((value) => {
    const text = value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
    if (text === '') return null;
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    return count === 1 ? text : `${text} (${count})`;
  });
}
