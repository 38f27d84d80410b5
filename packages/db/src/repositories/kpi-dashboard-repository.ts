// Each user's dashboard layout: read, and replaced whole when the user rearranges it.
import type { SqlExecutor } from '../events/sql-executor.ts';
import type { KpiDashboardRepository } from './contract.ts';
import { run } from './table-repository.ts';

export class PgKpiDashboardRepository implements KpiDashboardRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async get(siteId: string, userId: string): Promise<unknown | null> {
    const rows = await run(
      this.sql,
      'kpiDashboards',
      'read',
      'SELECT layout FROM kpi_dashboards WHERE site_id = $1 AND user_id = $2',
      [siteId, userId],
    );
    return rows[0]?.layout ?? null;
  }

  async put(siteId: string, userId: string, layout: unknown, at: string): Promise<void> {
    await run(
      this.sql,
      'kpiDashboards',
      'write',
      `INSERT INTO kpi_dashboards (site_id, user_id, layout, updated_at) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (site_id, user_id) DO UPDATE SET layout = EXCLUDED.layout, updated_at = EXCLUDED.updated_at`,
      [siteId, userId, JSON.stringify(layout), at],
    );
  }
}
