// Runs the HTTP server on an open store until SIGINT/SIGTERM, then closes the server (the caller closes the store).
import type { AppContext } from '@logipilot/app/context';
import type { Output } from './output.ts';

export interface Listening {
  url: string;
}

/** Resolves once the server has stopped after a signal; `onListening` renders the command's result. */
export async function serveUntilSignal(
  ctx: AppContext,
  address: { port: number; host: string },
  out: Output,
  onListening: (listening: Listening) => void,
): Promise<void> {
  const { startServer } = await import('@logipilot/api');
  const server = await startServer(ctx, address);
  onListening({ url: server.url });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A second Ctrl+C during shutdown falls back to node's default: immediate exit.
      out.log(out.t('serve.stopping'));
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
}
