// The two demo sizes and their site plans.
import { LARGE_SITE } from './site-large.ts';
import type { SitePlan } from './site-plan.ts';
import { SMALL_SITE } from './site-small.ts';

export const DEMO_SIZES = ['small', 'large'] as const;
export type DemoSize = (typeof DEMO_SIZES)[number];

export const SITE_PLANS: Record<DemoSize, SitePlan> = { small: SMALL_SITE, large: LARGE_SITE };
