// GET /api/docs: a self-contained HTML page rendered from the OpenAPI document (no CDN, no script: the site may be offline).

type Json = Record<string, unknown>;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function resolve(doc: Json, schema: unknown): unknown {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  if (!ref?.startsWith('#/components/schemas/')) return schema;
  const name = ref.slice('#/components/schemas/'.length);
  return ((doc.components as Json | undefined)?.schemas as Json | undefined)?.[name] ?? schema;
}

function schemaBlock(doc: Json, schema: unknown): string {
  if (!schema) return '';
  const ref = (schema as { $ref?: string }).$ref;
  const title = ref ? `<div class="ref">${esc(ref.split('/').pop())}</div>` : '';
  return `${title}<pre>${esc(JSON.stringify(resolve(doc, schema), null, 2))}</pre>`;
}

function parameters(params: Json[] | undefined): string {
  if (!params?.length) return '';
  const rows = params
    .map((p) => {
      const s = (p.schema ?? {}) as Json;
      const type = [s.type, s.format, Array.isArray(s.enum) ? s.enum.join(' | ') : null]
        .filter(Boolean)
        .join(' ');
      return `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${esc(type)}</td></tr>`;
    })
    .join('');
  return `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>type</th></tr>${rows}</table>`;
}

function operation(doc: Json, path: string, method: string, op: Json): string {
  const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const bodies = Object.entries(body ?? {})
    .map(([type, c]) => `<h4>Request body <code>${esc(type)}</code></h4>${schemaBlock(doc, c.schema)}`)
    .join('');
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
    .map(([status, r]) => {
      const content = Object.values((r.content ?? {}) as Record<string, Json>)[0];
      const schema = content && status.startsWith('2') ? schemaBlock(doc, content.schema) : '';
      return `<li><b>${esc(status)}</b> ${esc(r.description)}${schema}</li>`;
    })
    .join('');
  const id = `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-');
  return `<details class="op" id="${esc(id)}"><summary><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code> <span class="s">${esc(op.summary)}</span></summary>
${parameters(op.parameters as Json[] | undefined)}${bodies}<h4>Responses</h4><ul>${responses}</ul></details>`;
}

/** Every operation of the document, grouped by tag, each with its parameters, request body and responses. */
export function renderDocsPage(doc: Json): string {
  const info = (doc.info ?? {}) as Json;
  const groups = new Map<string, string[]>();
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const tag = String((op.tags as string[] | undefined)?.[0] ?? 'other');
      groups.set(tag, [...(groups.get(tag) ?? []), operation(doc, path, method, op)]);
    }
  }
  const sections = [...groups]
    .map(([tag, ops]) => `<section><h2 id="tag-${esc(tag)}">${esc(tag)}</h2>${ops.join('\n')}</section>`)
    .join('\n');
  const toc = [...groups.keys()].map((t) => `<a href="#tag-${esc(t)}">${esc(t)}</a>`).join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} — ${esc(info.version)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 2rem;color:#1d2330}
h1{margin-bottom:.2rem}h2{border-bottom:1px solid #d6dae3;padding-bottom:.2rem;margin-top:2rem}
.op{border:1px solid #d6dae3;border-radius:6px;margin:.4rem 0;padding:.3rem .6rem}
.op summary{cursor:pointer}.s{color:#566}.m{display:inline-block;min-width:4.2rem;font-weight:700}
.get{color:#1668c4}.post{color:#13804a}.patch{color:#a36100}.delete{color:#b3261e}.put{color:#6a3fb5}
pre{background:#f5f6f8;padding:.5rem;overflow:auto;max-height:28rem;font-size:12px}
table{border-collapse:collapse}td,th{border:1px solid #d6dae3;padding:.15rem .5rem;text-align:left}
.ref{font-size:12px;color:#566}
</style></head><body>
<h1>${esc(info.title)} <small>${esc(info.version)}</small></h1>
<p>${esc(info.description)}</p>
<p>OpenAPI document: <a href="/api/openapi.json">/api/openapi.json</a></p>
<nav>${toc}</nav>
${sections}
</body></html>`;
}
