// The flow-day queries every SQL event store answers the same way, given its dialect and a way to read rows.
import type { FlowDay } from '@logipilot/domain';
import type { FlowAggregate, FlowAggregateQuery, FlowDayFilter, FlowRange } from './event-store.ts';
import { flowDayFromColumns, toNumber } from './event-store-rows.ts';
import {
  aggregateFlowDays,
  countFlowDays,
  type FlowSqlDialect,
  rangeFlowDays,
  type SqlStatement,
  selectFlowDays,
} from './event-store-sql.ts';
import { prepareAggregateQuery, prepareFlowFilter, requireId } from './event-store-validation.ts';

type Row = Record<string, unknown>;

export interface FlowDayReads {
  queryFlowDays(filter: FlowDayFilter): Promise<FlowDay[]>;
  aggregateFlows(query: FlowAggregateQuery): Promise<FlowAggregate[]>;
  flowDayCount(siteId: string): Promise<number>;
  flowRange(siteId: string): Promise<FlowRange | null>;
}

/** Builds the flow-day reads of a store from its SQL dialect and its row reader (which normalises driver types). */
export function flowDayReads(
  dialect: FlowSqlDialect,
  rows: (statement: SqlStatement) => Promise<Row[]>,
): FlowDayReads {
  return {
    async queryFlowDays(filter) {
      const found = await rows(selectFlowDays(dialect, prepareFlowFilter(filter)));
      return found.map((row) => flowDayFromColumns(row as Parameters<typeof flowDayFromColumns>[0]));
    },
    async aggregateFlows(query) {
      const found = await rows(aggregateFlowDays(dialect, prepareAggregateQuery(query)));
      return found.map((row) => ({
        period: String(row.period),
        clientId: String(row.client_id),
        flow: row.flow as FlowAggregate['flow'],
        quantity: toNumber(row.quantity),
      }));
    },
    async flowDayCount(siteId) {
      const [row] = await rows(countFlowDays(dialect, requireId('siteId', siteId)));
      return toNumber(row?.n ?? 0);
    },
    async flowRange(siteId) {
      const [row] = await rows(rangeFlowDays(dialect, requireId('siteId', siteId)));
      if (row?.first == null || row.last == null) return null;
      return { first: String(row.first), last: String(row.last) };
    },
  };
}
