import { InjectionToken } from '@angular/core';
import {
  type DeepPartial,
  type IChartApi,
  type TimeChartOptions,
  createChart,
} from 'lightweight-charts';

/** Creates the lightweight-charts instance; specs provide a fake (jsdom has no canvas). */
export const CHART_FACTORY = new InjectionToken<
  (container: HTMLElement, options: DeepPartial<TimeChartOptions>) => IChartApi
>('CHART_FACTORY', { providedIn: 'root', factory: () => createChart });
