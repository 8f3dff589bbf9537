import { ensureClientBuilt } from '../helpers/client-build';

/**
 * The browser suite tests the built client as the server serves it: build it first when it is
 * missing or older than its sources (see ensureClientBuilt).
 */
export default function setup(): void {
  ensureClientBuilt();
}
