// The operations of an OpenAPI document as a flat list, for the route-table tests and the docs page.

export interface Operation {
  method: string;
  /** OpenAPI path with {params}. */
  path: string;
  hasJsonBody: boolean;
  hasFormBody: boolean;
  params: string[];
}

type Doc = {
  paths?: Record<
    string,
    Record<
      string,
      { requestBody?: { content?: Record<string, unknown> }; parameters?: { in: string; name: string }[] }
    >
  >;
};

export function openApiPaths(doc: unknown): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries((doc as Doc).paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const content = op.requestBody?.content ?? {};
      out.push({
        method: method.toUpperCase(),
        path,
        hasJsonBody: 'application/json' in content,
        hasFormBody: 'multipart/form-data' in content,
        params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      });
    }
  }
  return out;
}
