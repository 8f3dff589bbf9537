import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../shared/module';
import { parseNationalId } from '../../shared/normalize';
import { registerSignedCallbackRoute } from '../../shared/signed-callback';
import type { OfficeIssue, OfficeNotice } from './account-recovery.service';

/** The header names of an office's signed callback (the same names as the traffic department's). */
export const OFFICE_TIMESTAMP_HEADER = 'x-agency-timestamp';
export const OFFICE_SIGNATURE_HEADER = 'x-agency-signature';
export const OFFICE_RECOVERY_PATH = '/agency/offices/account-recovery-codes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STATUS: Record<OfficeIssue['result'], number> = { ISSUED: 201, ALREADY_ISSUED: 200, NOT_FOUND: 404, OFFICE_UNKNOWN: 422, APPOINTMENT_MISMATCH: 409 };

/** The callback's body, validated; null when malformed. */
export function parseOfficeNotice(body: Record<string, unknown>): OfficeNotice | null {
  const { callbackId, nationalId, officeId, appointmentId, officer } = body;
  if (typeof callbackId !== 'string' || !/^[\w-]{8,64}$/.test(callbackId)) return null;
  // Digits only, as the office's system sends them: no normalisation of a partner's data.
  if (typeof nationalId !== 'string' || !/^\d{10}$/.test(nationalId) || parseNationalId(nationalId) !== nationalId) return null;
  if (typeof officeId !== 'string' || !/^[\w-]{1,40}$/.test(officeId)) return null;
  if (appointmentId !== undefined && appointmentId !== null && (typeof appointmentId !== 'string' || !UUID.test(appointmentId))) return null;
  if (typeof officer !== 'string' || !/^[\w-]{1,32}$/.test(officer)) return null;
  return { callbackId, nationalId, officeId, appointmentId: appointmentId ?? null, officer };
}

/**
 * `POST /agency/offices/account-recovery-codes`: an officer at a civil affairs or passports office
 * checked a person's ID card (and, when they booked one, their appointment there today) and asks for
 * a one-time recovery code: JSON `{ callbackId, nationalId, officeId, appointmentId?, officer }`, signed
 * like every partner callback (shared/signed-callback.ts) with OFFICE_CALLBACK_SECRETS. Answers
 * 201 `{ status: "ISSUED", code, expiresAt }` — the only time the code exists outside the person's
 * hands: the office's system prints it for them, the portal keeps only its HMAC — 200 ALREADY_ISSUED
 * (this callbackId was handled: nothing more, no code), 404 NOT_FOUND (no account for the ID),
 * 422 OFFICE_UNKNOWN, 409 APPOINTMENT_MISMATCH, 401 BAD_SIGNATURE, 400 MALFORMED.
 * See docs/account-recovery.md.
 */
export async function registerOfficeRecoveryRoute(http: FastifyInstance, { accountRecovery, work, log, clock, config }: Deps<'accountRecovery' | 'work' | 'log' | 'clock' | 'config'>): Promise<void> {
  await registerSignedCallbackRoute(http, {
    path: OFFICE_RECOVERY_PATH,
    label: 'office recovery code callback',
    headers: { timestamp: OFFICE_TIMESTAMP_HEADER, signature: OFFICE_SIGNATURE_HEADER },
    secrets: config.officeCallbackSecrets,
    clock,
    log,
    parse: parseOfficeNotice,
    async handle(notice) {
      const issued = await accountRecovery.issueOfficeCode(work.begin(), notice);
      // Never the code nor the full ID in the log.
      const fields = { route: 'agency/offices/account-recovery-codes', office: notice.officeId, officer: notice.officer, result: issued.result };
      if (issued.result === 'ISSUED') {
        log.info(fields, 'office recovery code issued');
        return { code: STATUS.ISSUED, status: issued.result, extra: { code: issued.code, expiresAt: issued.expiresAt.toISOString() } };
      }
      log.warn(fields, 'office recovery code not issued');
      return { code: STATUS[issued.result], status: issued.result };
    },
  });
}
