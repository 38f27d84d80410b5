// Forecast volume rows: client code → clientId, flow by id or label (FR/EN); one import = one new input version.
import type { ForecastVolume, Repositories } from '@logipilot/db/repositories/contract';
import { forecastVolumeTemplate, normaliseLabel } from '@logipilot/documents';
import { type Actor, type Client, FLOW_KINDS, type FlowKind, isoDateSchema } from '@logipilot/domain';
import { SUPPORTED_LANGS, translate } from '@logipilot/i18n';
import { z } from 'zod';
import { createForecastVersion } from '../../forecast/create-version.ts';
import { codeIndex, type EntityAdapter } from './row-spec.ts';

/** One imported row; `id` is its key, since the import machinery tracks rows by id and site. */
export interface ForecastVolumeRow extends Omit<ForecastVolume, 'versionId' | 'source'> {
  id: string;
}

export const forecastVolumeRowSchema = z.strictObject({
  id: z.string().min(1),
  siteId: z.string().min(1),
  clientId: z.string().min(1),
  flow: z.enum(FLOW_KINDS),
  day: isoDateSchema,
  hour: z.number().int().min(0).max(23).nullable(),
  quantity: z.number().min(0).max(1e12),
});

interface Refs {
  clients: Map<string, Client>;
  clientCodes: Map<string, string>;
}

/** Flow ids and their catalogue labels in every language, normalised as headers are. */
const FLOW_BY_LABEL: Map<string, FlowKind> = new Map(
  FLOW_KINDS.flatMap((flow) => [
    [normaliseLabel(flow), flow] as const,
    ...SUPPORTED_LANGS.map(
      (lang) => [normaliseLabel(translate(lang, `forecast.flow.${flow}`)), flow] as const,
    ),
  ]),
);

export function flowFromLabel(text: string | null | undefined): FlowKind | null {
  return text ? (FLOW_BY_LABEL.get(normaliseLabel(text)) ?? null) : null;
}

const PATH_TO_FIELD: Record<string, string> = { clientId: 'client' };

/** How the import names its version: the file it came from, by whom. */
export interface ForecastImportMeta {
  actor: Actor;
  fileName: string;
}

export function forecastVolumeAdapter(
  meta: ForecastImportMeta,
): EntityAdapter<ForecastVolumeRow, Refs, typeof forecastVolumeTemplate> {
  return {
    template: forecastVolumeTemplate,
    schema: forecastVolumeRowSchema,
    keyField: 'day',
    keyOf: (v) =>
      v.client && v.flow && v.day
        ? `${v.client}\u0000${flowFromLabel(v.flow) ?? v.flow}\u0000${v.day}\u0000${v.hour ?? ''}`
        : null,
    fieldOfPath: (path) => PATH_TO_FIELD[path] ?? path,

    async loadRefs(repos, siteId) {
      const clients = await repos.clients.all(siteId);
      return { clients: codeIndex(clients), clientCodes: new Map(clients.map((c) => [c.id, c.code])) };
    },
    // Every import is a new version: nothing stored is ever matched or changed.
    loadExisting: async () => new Map(),
    write: (repos: Repositories, items) =>
      createForecastVersion(
        repos,
        meta.actor,
        {
          name: meta.fileName.replace(/\.(csv|xlsx)$/i, ''),
          kind: 'input',
          params: { file: meta.fileName },
        },
        items.map((r) => ({
          clientId: r.clientId,
          flow: r.flow,
          day: r.day,
          hour: r.hour,
          quantity: r.quantity,
          source: 'import' as const,
        })),
      ).then(() => undefined),

    build(v, { siteId, refs, issue }) {
      const clientId = refs.clients.get(v.client as string)?.id;
      if (clientId === undefined) issue('client', 'IMPORT_UNKNOWN_CLIENT');
      const flow = flowFromLabel(v.flow);
      if (flow === null) issue('flow', 'IMPORT_UNKNOWN_FLOW');
      const hour = v.hour ?? null;
      return {
        id: `${v.client}|${flow ?? v.flow}|${v.day}|${hour ?? ''}`,
        siteId,
        clientId,
        flow: flow ?? v.flow,
        day: v.day,
        hour,
        quantity: v.quantity,
      };
    },

    toRow(r, refs) {
      return {
        client: refs.clientCodes.get(r.clientId) ?? r.clientId,
        flow: r.flow,
        day: r.day,
        hour: r.hour,
        quantity: r.quantity,
      };
    },
  };
}
