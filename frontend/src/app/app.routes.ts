import { type Routes } from '@angular/router';
import { Dashboard } from './dashboard';

/** The gateway serves index.html for these paths too (DASHBOARD_ROUTES in the backend). */
export const routes: Routes = [
  { path: '', component: Dashboard, title: 'Tickwire' },
  {
    path: 'map',
    title: 'Market map · Tickwire',
    loadComponent: () => import('./features/market-map/market-map').then((m) => m.MarketMap),
  },
  { path: '**', redirectTo: '' },
];
