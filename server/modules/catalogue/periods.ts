/**
 * The periods the e-services offer, as published: what the catalogue lists as each input's allowed
 * values and what the rules (requests/rules) accept. Here, in the catalogue, so that the rules
 * depend on the catalogue and never the other way round.
 */
export const PASSPORT_YEARS = [5, 10] as const;
export const EXIT_REENTRY_MONTHS = { min: 2, max: 12 } as const;
/** An exit re-entry visa is extended a month at a time, up to 6 at once (the portal's offer). */
export const VISA_EXTENSION_MONTHS = { min: 1, max: 6 } as const;
export const IQAMA_YEARS = { min: 1, max: 2 } as const;
export const LICENCE_YEARS = [2, 5, 10] as const;
export const REGISTRATION_YEARS = { min: 1, max: 3 } as const;
