// The Hono environment of the API: per-request session and language, node bindings when served by @hono/node-server.
import type { IncomingMessage } from 'node:http';
import type { SessionUser } from '@logipilot/app/auth/session';
import type { Lang } from '@logipilot/i18n';

export interface ApiEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    session: SessionUser | null;
    lang: Lang;
  };
}
