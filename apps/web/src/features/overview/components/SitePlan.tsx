// 2D plan of zones, aisles and locations (SVG), coloured by temperature class and occupancy; wheel zoom and drag pan.
import { formatNumber } from '@logipilot/i18n';
import { type PointerEvent, useMemo, useRef, useState, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SitePlan as Plan, TemperatureClass } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { planGeometry } from './planPaths.ts';

interface View {
  x: number;
  y: number;
  width: number;
  height: number;
}

const TEMPERATURE_CLASSES: TemperatureClass[] = ['ambient', 'positive_cold', 'negative_cold'];

export function SitePlan({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const lang = useLang();
  const geometry = useMemo(() => planGeometry(plan), [plan]);
  const [view, setView] = useState<View | null>(null);
  const shown = view ?? geometry.viewBox;
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);

  // A new plan (zone filter) resets the framing.
  const lastPlan = useRef(plan);
  if (lastPlan.current !== plan) {
    lastPlan.current = plan;
    if (view) setView(null);
  }

  function zoom(factor: number, fx = 0.5, fy = 0.5) {
    const base = shown;
    const width = Math.min(
      geometry.viewBox.width * 4,
      Math.max(geometry.viewBox.width / 40, base.width * factor),
    );
    const height = (width / base.width) * base.height;
    setView({
      x: base.x + (base.width - width) * fx,
      y: base.y + (base.height - height) * fy,
      width,
      height,
    });
  }

  function onWheel(event: WheelEvent<SVGSVGElement>) {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    zoom(
      event.deltaY > 0 ? 1.2 : 1 / 1.2,
      (event.clientX - box.left) / box.width,
      (event.clientY - box.top) / box.height,
    );
  }

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    drag.current = { x: event.clientX, y: event.clientY, view: shown };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const start = drag.current;
    const box = svgRef.current?.getBoundingClientRect();
    if (!start || !box || box.width === 0) return;
    // preserveAspectRatio "meet": one screen pixel is the larger of the two ratios.
    const scale = Math.max(start.view.width / box.width, start.view.height / box.height);
    setView({
      ...start.view,
      x: start.view.x - (event.clientX - start.x) * scale,
      y: start.view.y - (event.clientY - start.y) * scale,
    });
  }

  const labelSize = Math.max(shown.width, shown.height) / 60;
  const present = TEMPERATURE_CLASSES.filter((c) => plan.zones.some((z) => z.temperatureClass === c));

  return (
    <div className="plan">
      <div className="plan-toolbar">
        <span className="muted">
          {t('web.overview.plan.summary', {
            locations: formatNumber(lang, plan.locations.length),
            aisles: formatNumber(lang, plan.aisles.length),
          })}
        </span>
        <span className="spacer" />
        <button type="button" onClick={() => zoom(1 / 1.5)} title={t('web.overview.plan.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoom(1.5)} title={t('web.overview.plan.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => setView(null)}>
          {t('web.overview.plan.reset')}
        </button>
      </div>
      <svg
        ref={svgRef}
        className="plan-canvas"
        data-testid="site-plan"
        role="img"
        aria-label={t('web.overview.plan.title')}
        viewBox={`${shown.x} ${shown.y} ${shown.width} ${shown.height}`}
        preserveAspectRatio="xMidYMid meet"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => {
          drag.current = null;
        }}
        onPointerLeave={() => {
          drag.current = null;
        }}
      >
        {plan.zones.map((z) => (
          <rect
            key={z.id}
            className={`plan-zone zone-${z.temperatureClass}`}
            x={z.x}
            y={geometry.flipY(z.y, z.depth)}
            width={z.width}
            height={z.depth}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        <path className="plan-aisle" d={geometry.aislePath} />
        {geometry.locationPaths.map((p) => (
          <path key={p.cls} className={`plan-loc loc-${p.cls}`} d={p.d} data-count={p.count} />
        ))}
        {plan.zones.map((z) => (
          <text
            key={`label-${z.id}`}
            className="plan-label"
            x={z.x + labelSize * 0.4}
            y={geometry.flipY(z.y, z.depth) + labelSize * 1.2}
            fontSize={labelSize}
          >
            {z.code}
          </text>
        ))}
      </svg>
      <div className="plan-legend">
        <strong>{t('web.overview.plan.legend')}</strong>
        {present.map((c) => (
          <span key={c} className="legend-item">
            <span className={`swatch loc-${c}-occupied`} />
            <span className={`swatch loc-${c}-free`} />
            {t(`site.temperatureClass.${c}`)}
          </span>
        ))}
        <span className="legend-note muted">
          {t('web.overview.plan.occupied')} / {t('web.overview.plan.free')} · {t('web.overview.plan.hint')}
        </span>
      </div>
    </div>
  );
}
