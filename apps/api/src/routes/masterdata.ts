// CRUD routes of every master-data entity: /api/<entity> and /api/<entity>/{id}, one OpenAPI operation each.
import { createRoute, z } from '@hono/zod-openapi';
import {
  createEntity,
  deleteEntity,
  getEntity,
  listEntity,
  updateEntity,
} from '@logipilot/app/masterdata/crud';
import { ENTITIES, ENTITY_NAMES, type EntityDefinition } from '@logipilot/app/masterdata/entities';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import { commonErrors, conflict, idParamsSchema, listQuerySchema, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

/** "equipment-types" → "EquipmentType": the component name in the OpenAPI document. */
function componentName(entity: string): string {
  const singular = entity.endsWith('ies') ? `${entity.slice(0, -3)}y` : entity.replace(/s$/, '');
  return singular.replace(/(^|-)(\w)/g, (_m, _dash, ch: string) => ch.toUpperCase());
}

function routesOf(def: EntityDefinition) {
  const name = componentName(def.name);
  // Fresh wrappers: schemas built before @hono/zod-openapi loaded lack `.openapi()` (zod 4 copies methods at creation).
  const item = z.object((def.schema as unknown as z.ZodObject).shape).openapi(name);
  const createBody = z.strictObject(def.createSchema.shape).openapi(`${name}Create`);
  const patchBody = z.strictObject(def.patchSchema.shape).openapi(`${name}Patch`);
  const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });
  const base = `/api/${def.name}`;
  const tags = [def.name];
  return {
    list: createRoute({
      method: 'get',
      path: base,
      tags,
      summary: `List ${def.name}`,
      request: { query: listQuerySchema },
      responses: {
        200: { description: 'A page', content: json(z.object({ items: z.array(item), total: z.number() })) },
        ...commonErrors,
      },
    }),
    get: createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: `Get one of ${def.name}`,
      request: { params: idParamsSchema },
      responses: { 200: { description: 'The item', content: json(item) }, ...commonErrors, ...notFound },
    }),
    create: createRoute({
      method: 'post',
      path: base,
      tags,
      summary: `Create one of ${def.name}`,
      request: { body: { required: true, content: json(createBody) } },
      responses: { 201: { description: 'Created', content: json(item) }, ...commonErrors, ...conflict },
    }),
    update: createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: `Update one of ${def.name} (top-level fields merged, then the whole item validated)`,
      request: {
        params: idParamsSchema,
        body: { required: true, content: json(patchBody) },
      },
      responses: {
        200: { description: 'Updated', content: json(item) },
        ...commonErrors,
        ...notFound,
        ...conflict,
      },
    }),
    remove: createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: `Delete one of ${def.name}`,
      request: { params: idParamsSchema },
      responses: { 204: { description: 'Deleted' }, ...commonErrors, ...notFound, ...conflict },
    }),
  };
}

export function registerMasterdataRoutes(app: ApiApp, deps: RouteDeps): void {
  for (const entity of ENTITY_NAMES) {
    const r = routesOf(ENTITIES[entity]);
    const actor = (c: Parameters<typeof requireSession>[0]) => requireSession(c).actor;
    app.openapi(r.list, async (c) =>
      c.json(await listEntity(deps.ctx, actor(c), entity, c.req.valid('query')), 200),
    );
    app.openapi(r.get, async (c) =>
      c.json(await getEntity(deps.ctx, actor(c), entity, c.req.valid('param').id), 200),
    );
    app.openapi(r.create, async (c) =>
      c.json(await createEntity(deps.ctx, actor(c), entity, c.req.valid('json'), deps.clock()), 201),
    );
    app.openapi(r.update, async (c) =>
      c.json(
        await updateEntity(
          deps.ctx,
          actor(c),
          entity,
          c.req.valid('param').id,
          c.req.valid('json'),
          deps.clock(),
        ),
        200,
      ),
    );
    app.openapi(r.remove, async (c) => {
      await deleteEntity(deps.ctx, actor(c), entity, c.req.valid('param').id, deps.clock());
      return c.body(null, 204);
    });
  }
}
