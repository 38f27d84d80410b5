// Public entry of @logipilot/api: build the Hono app, or serve it on a port.
export { type ApiContext, type ApiOptions, createApi } from './app.ts';
export { type RunningServer, startServer } from './serve.ts';
