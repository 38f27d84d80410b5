#!/usr/bin/env node
// Launcher of the `logipilot` command: registers tsx so that the TypeScript sources run as they are (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
