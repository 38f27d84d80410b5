// `logipilot serve`: serves the API and the web application on the data folder until Ctrl+C.
import { type Command, stringOption } from '../command.ts';
import { port } from '../option-values.ts';
import { serveUntilSignal } from '../serving.ts';
import { serverAddress, withStore } from '../store.ts';

export const serveCommand: Command = {
  name: 'serve',
  summaryKey: 'serve.summary',
  options: {
    port: { type: 'string', valueName: 'N', descriptionKey: 'serve.option.port' },
    host: { type: 'string', valueName: 'HOST', descriptionKey: 'serve.option.host' },
  },
  args: [],
  async run({ options, globals, out }) {
    const address = await serverAddress(
      globals,
      port('serve', stringOption(options, 'port')),
      stringOption(options, 'host'),
    );
    await withStore(
      globals,
      (ctx) =>
        serveUntilSignal(ctx, address, out, ({ url }) => {
          out.result({ url }, [out.t('start.listening', { url }), out.t('serve.stopHint')]);
        }),
      { serverPort: address.port },
    );
  },
};
