import { createRequire } from 'node:module';

/** What the `negotiator` package's media-type method is given and answers. */
interface Negotiator {
  request: { headers: { accept?: string } };
}
type MediaTypes = (this: Negotiator, available?: string[]) => string[];
interface NegotiatorModule {
  prototype: { mediaTypes: MediaTypes };
  [MEMOIZED]?: MediaTypes;
}

/** Where the unmemoized method is kept once replaced: on the module, which outlives any one app. */
const MEMOIZED = Symbol.for('absher.negotiatorMediaTypes');
/** Answers kept: one per distinct `Accept` header and offer (browsers and clients send a handful of each). */
const MAX_ANSWERS = 500;
/** Longer `Accept` headers are negotiated every time rather than kept. */
const MAX_KEPT_ACCEPT = 256;

/** The `negotiator` module Apollo Server uses (resolved from Apollo's own place). */
function apollosNegotiator(): NegotiatorModule {
  return createRequire(require.resolve('@apollo/server'))('negotiator') as NegotiatorModule;
}

/**
 * Apollo Server negotiates the media type of every answer with `negotiator` two or three times per
 * request (multipart or JSON, legacy incremental delivery, the JSON flavour), each time parsing
 * the `Accept` header and ranking the offer from scratch: ~6 % of the CPU of a `{ __typename }`
 * request, the largest single item of Apollo's own work in its profile. The answer depends on
 * nothing but the header and the offer, so it is kept per pair (bounded, oldest out first) and
 * a copy handed back. Same answers, same order; a test compares them with negotiator's own.
 */
export function memoizeMediaTypeNegotiation(): void {
  const module = apollosNegotiator();
  if (module[MEMOIZED]) return;
  const negotiate = module.prototype.mediaTypes;
  const answers = new Map<string, string[]>();
  module[MEMOIZED] = negotiate;
  module.prototype.mediaTypes = function mediaTypes(this: Negotiator, available?: string[]): string[] {
    const accept = this.request.headers.accept;
    // No offer (every type the header names) or an outsized header: as negotiator answers it.
    if (!available || (accept !== undefined && accept.length > MAX_KEPT_ACCEPT)) return negotiate.call(this, available);
    // An absent header (any type) differs from an empty one (none): \u0000 stands for absent.
    const key = `${accept ?? '\u0000'}\u0001${available.join('\u0001')}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = negotiate.call(this, available);
      if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value!);
      answers.set(key, answer);
    }
    return answer.slice();
  };
}

/** negotiator's own method, memoized or not (for the test that compares the two). */
export function unmemoizedMediaTypes(): MediaTypes {
  const module = apollosNegotiator();
  return module[MEMOIZED] ?? module.prototype.mediaTypes;
}
