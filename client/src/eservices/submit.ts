import type { UserErrorLike } from '../ui/forms';
import {
  useAuthorizeDriverMutation,
  useDisputeViolationMutation,
  useExtendExitReentryVisaMutation,
  useIssueExitReentryVisaMutation,
  useIssueFinalExitVisaMutation,
  usePayViolationsMutation,
  useRenewDrivingLicenceMutation,
  useRenewIqamaMutation,
  useRenewNationalIdMutation,
  useRenewPassportMutation,
  useRenewVehicleRegistrationMutation,
  useReplaceDocumentMutation,
  type DocumentType,
  type ReplacementCause,
  type ServiceCode,
} from '../gql/graphql';
import { latinDigits } from '../i18n/format';

/** What every service mutation answers: the new request, or why it was refused. */
export interface SubmitResult {
  request?: { reference: string } | null;
  errors: UserErrorLike[];
}

/** What the service form collected, by input name: text, or a list for multiple choices. */
export type FormValues = Record<string, string | string[]>;

const text = (v: FormValues, name: string): string => {
  const value = v[name];
  return typeof value === 'string' ? latinDigits(value) : '';
};
/**
 * A whole number as typed (Arabic-Indic digits too). Anything else is sent as -1, which the
 * server's rules refuse with their own message beside the field: the client judges nothing.
 */
const integer = (v: FormValues, name: string): number => {
  const s = text(v, name);
  return /^\d{1,4}$/.test(s) ? Number(s) : -1;
};
const list = (v: FormValues, name: string): string[] => {
  const value = v[name];
  return Array.isArray(value) ? value : [];
};
const optional = (s: string) => (s ? s : undefined);

/**
 * One submit function for every e-service: each calls its own typed mutation with an input built
 * from the form. The server checks every rule; nothing is decided here.
 */
export function useSubmitService(): { submit(code: ServiceCode, values: FormValues, actingFor?: string | null): Promise<SubmitResult | null>; loading: boolean } {
  const [renewNationalId, a] = useRenewNationalIdMutation();
  const [renewPassport, b] = useRenewPassportMutation();
  const [issueExitReentryVisa, c] = useIssueExitReentryVisaMutation();
  const [issueFinalExitVisa, d] = useIssueFinalExitVisaMutation();
  const [renewIqama, e] = useRenewIqamaMutation();
  const [renewDrivingLicence, f] = useRenewDrivingLicenceMutation();
  const [renewVehicleRegistration, g] = useRenewVehicleRegistrationMutation();
  const [authorizeDriver, h] = useAuthorizeDriverMutation();
  const [payViolations, i] = usePayViolationsMutation();
  const [disputeViolation, j] = useDisputeViolationMutation();
  const [extendExitReentryVisa, k] = useExtendExitReentryVisaMutation();
  const [replaceDocument, l] = useReplaceDocumentMutation();
  const loading = [a, b, c, d, e, f, g, h, i, j, k, l].some((m) => m.loading);

  async function submit(code: ServiceCode, v: FormValues, actingFor: string | null = null): Promise<SubmitResult | null> {
    const beneficiaryNationalId = text(v, 'beneficiaryNationalId');
    // For a person who authorised the caller (`actingFor`): the server checks the authorisation.
    const acting = actingFor ? { actingFor } : {};
    switch (code) {
      case 'RENEW_NATIONAL_ID':
        return (await renewNationalId({ variables: { ...acting, input: { beneficiaryNationalId: optional(beneficiaryNationalId) } } })).data?.renewNationalId ?? null;
      case 'RENEW_PASSPORT':
        return (await renewPassport({ variables: { ...acting, input: { beneficiaryNationalId, years: integer(v, 'years') } } })).data?.renewPassport ?? null;
      case 'EXIT_REENTRY_VISA':
        return (
          (
            await issueExitReentryVisa({
              variables: { ...acting, input: { beneficiaryNationalId, entryType: text(v, 'entryType') === 'MULTIPLE' ? 'MULTIPLE' : 'SINGLE', months: integer(v, 'months') } },
            })
          ).data?.issueExitReentryVisa ?? null
        );
      case 'EXTEND_EXIT_REENTRY_VISA':
        return (await extendExitReentryVisa({ variables: { ...acting, input: { beneficiaryNationalId, months: integer(v, 'months') } } })).data?.extendExitReentryVisa ?? null;
      case 'REPLACE_DOCUMENT': {
        // Unknown choices go as they are typed: the server refuses them beside their field.
        const documentType = text(v, 'documentType') as DocumentType;
        const cause = text(v, 'cause') as ReplacementCause;
        return (await replaceDocument({ variables: { ...acting, input: { beneficiaryNationalId: optional(beneficiaryNationalId), documentType, cause } } })).data?.replaceDocument ?? null;
      }
      case 'FINAL_EXIT_VISA':
        return (await issueFinalExitVisa({ variables: { ...acting, input: { beneficiaryNationalId } } })).data?.issueFinalExitVisa ?? null;
      case 'RENEW_IQAMA':
        return (await renewIqama({ variables: { ...acting, input: { beneficiaryNationalId, years: integer(v, 'years') } } })).data?.renewIqama ?? null;
      case 'RENEW_DRIVING_LICENCE':
        return (await renewDrivingLicence({ variables: { ...acting, input: { years: integer(v, 'years') } } })).data?.renewDrivingLicence ?? null;
      case 'RENEW_VEHICLE_REGISTRATION':
        return (await renewVehicleRegistration({ variables: { ...acting, input: { plate: text(v, 'plate'), years: integer(v, 'years') } } })).data?.renewVehicleRegistration ?? null;
      case 'AUTHORIZE_DRIVER':
        return (
          (await authorizeDriver({ variables: { ...acting, input: { plate: text(v, 'plate'), driverNationalId: text(v, 'driverNationalId'), until: text(v, 'until') } } })).data?.authorizeDriver ??
          null
        );
      case 'PAY_VIOLATIONS':
        return (await payViolations({ variables: { ...acting, input: { violationNumbers: list(v, 'violationNumbers') } } })).data?.payViolations ?? null;
      case 'DISPUTE_VIOLATION':
        return (
          (await disputeViolation({ variables: { ...acting, input: { violationNumber: text(v, 'violationNumber'), reason: typeof v.reason === 'string' ? v.reason : '' } } })).data?.disputeViolation ??
          null
        );
    }
  }
  return { submit, loading };
}
