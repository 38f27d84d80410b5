// Public surface of the demo package: the deterministic demo-site generator (small and large sizes).

export { demoCollections, type SchemaCollection } from './collections.ts';
export { demoCostModel } from './cost-model.ts';
export { historyWindow } from './flow-history.ts';
export { type DemoSite, type DemoSiteOptions, generateDemoSite } from './generate.ts';
export {
  type DemoHistory,
  type DemoHistoryOptions,
  generateDemoHistory,
  type InjectedDrift,
} from './history/generate-history.ts';
export { DEMO_SIZES, type DemoSize } from './sizes.ts';
export { DEMO_PASSWORD } from './users.ts';
