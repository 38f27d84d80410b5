// The shape every reader returns: named sheets of rows keyed by header, with the row numbers Excel shows.

/** A cell as read: CSV gives strings, XLSX also numbers, booleans and dates; blank cells are null. */
export type CellValue = string | number | boolean | Date | null;

export interface TableRow {
  /** The row number as Excel shows it (the header row is 1; blank rows still count). */
  rowNumber: number;
  cells: Record<string, CellValue>;
}

export interface TableSheet {
  name: string;
  headers: string[];
  rows: TableRow[];
}

export interface Table {
  fileName: string;
  sheets: TableSheet[];
}

export interface TableInput {
  fileName: string;
  bytes: Uint8Array;
}
