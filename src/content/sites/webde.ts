import { defineSite } from './types';
import gmx from './gmx';

/** WEB.DE Mail: the same mail app as GMX (same company), so the same boxes and places; only the hosts differ. */
export default defineSite({
  ...gmx,
  id: 'webde',
  name: 'WEB.DE',
  kind: 'webmail',
  matches: ['https://*.web.de/*'],
  fixture: 'navigator.web.de',
});
