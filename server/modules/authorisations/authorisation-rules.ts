import { addYears } from '../../shared/dates';
import type { FieldError } from '../../shared/errors';
import { ServiceCode } from '../catalogue';
import { AuthorisationStatus } from './authorisation.entity';
import type { AuthorisationErrorCode } from './authorisations.errors';

/** The longest an authorisation may run: one year from its first day (its last day at most that date). */
export const MAX_AUTHORISATION_YEARS = 1;

/**
 * The e-services a person may authorise someone else to do for them. Not delegable: authorising a
 * driver (an authorisation is not passed on), disputing a violation (the objection is the person's
 * own statement) and a final exit visa (leaving the Kingdom for good is decided by the resident
 * and the sponsor themselves).
 */
export const DELEGABLE_SERVICES: readonly ServiceCode[] = Object.values(ServiceCode).filter(
  (code) => code !== ServiceCode.AUTHORIZE_DRIVER && code !== ServiceCode.DISPUTE_VIOLATION && code !== ServiceCode.FINAL_EXIT_VISA,
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface GrantFacts {
  today: string;
  startsOn: string;
  endsOn: string;
  services: readonly string[];
}

/** What is wrong with the dates and services of an authorisation being given (the delegate is checked apart, against the registry). */
export function grantRefusals(facts: GrantFacts): FieldError<AuthorisationErrorCode>[] {
  const errors: FieldError<AuthorisationErrorCode>[] = [];
  const { today, startsOn, endsOn } = facts;
  const startValid = DATE.test(startsOn) && startsOn >= today;
  if (!startValid) errors.push({ field: 'startsOn', code: 'START_IN_PAST', params: { today } });
  if (!DATE.test(endsOn) || endsOn < today) errors.push({ field: 'endsOn', code: 'END_IN_PAST', params: { today } });
  else if (startValid && endsOn < startsOn) errors.push({ field: 'endsOn', code: 'END_BEFORE_START' });
  else if (startValid && endsOn > addYears(startsOn, MAX_AUTHORISATION_YEARS)) errors.push({ field: 'endsOn', code: 'TOO_LONG', params: { latest: addYears(startsOn, MAX_AUTHORISATION_YEARS) } });
  if (!facts.services.length) errors.push({ field: 'services', code: 'SERVICES_EMPTY' });
  const notDelegable = facts.services.filter((s) => !DELEGABLE_SERVICES.includes(s as ServiceCode));
  if (notDelegable.length) errors.push({ field: 'services', code: 'SERVICE_NOT_DELEGABLE', params: { services: notDelegable.join(', ') } });
  return errors;
}

/** The status as the API shows it: a pending or accepted authorisation whose last day has passed is EXPIRED. */
export function effectiveStatus(a: { status: AuthorisationStatus; endsOn: string }, today: string): AuthorisationStatus {
  const open = a.status === AuthorisationStatus.PENDING || a.status === AuthorisationStatus.ACCEPTED;
  return open && a.endsOn < today ? AuthorisationStatus.EXPIRED : a.status;
}

/** Whether it lets its delegate do `service` for the grantor today: accepted, not revoked, between its first and last day, naming the service. */
export function permits(a: { status: AuthorisationStatus; startsOn: string; endsOn: string; services: readonly string[] }, service: ServiceCode, today: string): boolean {
  return a.status === AuthorisationStatus.ACCEPTED && a.startsOn <= today && today <= a.endsOn && a.services.includes(service);
}
