// The frame of a report's pages: a running title on every page after the first and "page n of N" in the footer.

/**
 * pdfmake `header` and `footer`: a loose printed page still says which report it belongs to and where it stands.
 * `top` is the running title's distance from the page's top edge.
 */
export function pageFrame(options: {
  running: string;
  pageLabel: (page: number, pages: number) => string;
  margin: number;
  top?: number;
}): {
  header: (page: number) => Record<string, unknown> | null;
  footer: (page: number, pages: number) => Record<string, unknown>;
} {
  const { running, pageLabel, margin, top = 16 } = options;
  return {
    header: (page) =>
      page > 1 ? { text: running, fontSize: 7, color: '#666666', margin: [margin, top, margin, 0] } : null,
    footer: (page, pages) => ({
      text: pageLabel(page, pages),
      alignment: 'right',
      margin: [margin, 10],
      fontSize: 7,
      color: '#666666',
    }),
  };
}
