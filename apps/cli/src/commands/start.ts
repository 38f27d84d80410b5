// `logipilot start`: seeds the small demo site (seed 1) into an empty store, then serves it until Ctrl+C.
import { DEMO_PASSWORD } from '@logipilot/demo';
import { todayIn } from '@logipilot/domain';
import { translate } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { seedDemoSite } from '../demo-seeding.ts';
import { isoDay, port } from '../option-values.ts';
import { serveUntilSignal } from '../serving.ts';
import { adminActor, demoLogins, requireSite, serverAddress, withStore } from '../store.ts';

/** Horizon of the forecast `start` runs after seeding the demo: a quarter, what a methods team plans ahead. */
const INITIAL_FORECAST_WEEKS = 13;

export const startCommand: Command = {
  name: 'start',
  summaryKey: 'start.summary',
  options: {
    port: { type: 'string', valueName: 'N', descriptionKey: 'serve.option.port' },
    'as-of': { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'start.option.asOf' },
  },
  args: [],
  async run({ options, globals, out }) {
    const address = await serverAddress(globals, port('start', stringOption(options, 'port')), undefined);
    const asOf = isoDay('start', 'as-of', stringOption(options, 'as-of')) ?? todayIn('Europe/Paris');
    await withStore(
      globals,
      async (ctx) => {
        const existing = await ctx.db.repos.sites.first();
        let seeded = false;
        if (existing) out.log(out.t('start.existing', { code: existing.code }));
        else {
          out.log(out.t('start.seeding'));
          await seedDemoSite(ctx, { size: 'small', seed: 1, asOf }, out);
          // A first statistical forecast, so that the activity plan shows volumes on first start.
          out.log(out.t('start.forecasting', { weeks: INITIAL_FORECAST_WEEKS }));
          const { runStatisticalForecast } = await import('@logipilot/app/forecast/run-statistical-forecast');
          const site = await requireSite(ctx);
          await runStatisticalForecast(ctx, await adminActor(ctx, site), {
            horizonDays: INITIAL_FORECAST_WEEKS * 7,
            asOf,
          });
          seeded = true;
        }
        const logins = await demoLogins(ctx);
        await serveUntilSignal(ctx, address, out, ({ url }) => {
          out.result({ url, seeded, logins, password: DEMO_PASSWORD }, [
            out.t('start.listening', { url }),
            ...(logins.length > 0 ? [out.t('start.logins')] : []),
            ...logins.map((u) =>
              out.t('start.login', {
                username: u.username,
                password: DEMO_PASSWORD,
                role: translate(out.lang, `auth.role.${u.role}`),
              }),
            ),
            out.t('serve.stopHint'),
          ]);
        });
      },
      { serverPort: address.port },
    );
  },
};
