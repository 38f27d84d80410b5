// The commands of `logipilot`, in the order the global help lists them.
import type { Command } from '../command.ts';
import { backupCommand } from './backup.ts';
import { budgetCommand } from './budget.ts';
import { demoCommand } from './demo.ts';
import { driftsCommand } from './drifts.ts';
import { eventsCommand } from './events.ts';
import { exportCommand } from './export.ts';
import { forecastCommand } from './forecast.ts';
import { importCommand } from './import.ts';
import { kpiCommand } from './kpi.ts';
import { planCommand } from './plan.ts';
import { quoteCommand } from './quote.ts';
import { restoreCommand } from './restore.ts';
import { rosterCommand } from './roster.ts';
import { serveCommand } from './serve.ts';
import { startCommand } from './start.ts';

export const COMMANDS: readonly Command[] = [
  startCommand,
  serveCommand,
  demoCommand,
  importCommand,
  exportCommand,
  forecastCommand,
  planCommand,
  rosterCommand,
  eventsCommand,
  kpiCommand,
  driftsCommand,
  budgetCommand,
  quoteCommand,
  backupCommand,
  restoreCommand,
];
