/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an appointment stands. */
export type AppointmentStatus =
  /** Booked: the person is expected at the office at its time. */
  | 'BOOKED'
  /** Cancelled by the person; its seat was given back. */
  | 'CANCELLED';

/** Authorise someone to drive your vehicle. */
export type AuthorizeDriverInput = {
  /** National ID or iqama number of the driver (who must hold a valid licence). */
  driverNationalId: string;
  /** Plate of your vehicle. */
  plate: string;
  /** Last day of the authorisation: after today and not after the registration expiry. */
  until: string;
};

/** Whether a bill can still be paid. */
export type BillStatus =
  /** Past its due time unpaid, or its request was cancelled: it can no longer be paid. */
  | 'EXPIRED'
  /** Paid once; further payment notices for it are ignored. */
  | 'PAID'
  /** Waiting for payment until its due time. */
  | 'UNPAID';

/** An office, a service and one of its free slots. */
export type BookAppointmentInput = {
  /** The office (from `offices`). */
  officeId: string | number;
  /** The service (from `appointmentServices`); the office must offer it. */
  serviceCode: string;
  /** The start of a slot (from `appointmentSlots`). */
  slotStart: string;
};

/** The upcoming appointment to cancel. */
export type CancelAppointmentInput = {
  /** The appointment to cancel. */
  appointmentId: string | number;
};

/** Cancel an open request. */
export type CancelServiceRequestInput = {
  /** The request reference. */
  reference: string;
};

/** Change the password of the signed-in account. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: the same rules as at registration. */
  newPassword: string;
  /** The new password again. */
  newPasswordConfirmation: string;
};

/** The language the portal, SMS, e-mail and error messages use for the signed-in account. */
export type ChangePreferredLanguageInput = {
  /** The new preferred language. */
  language: Language;
};

/** The short registration after a first national single sign-on: the provider proved the ID, the registry gives the mobile. */
export type CompleteSsoRegistrationInput = {
  /** Acceptance of the terms of use and the privacy policy; the version and time are recorded. */
  acceptTerms: boolean;
  /** E-mail address; a confirmation link is sent to it. */
  email: string;
  /** The e-mail address again. */
  emailConfirmation: string;
  /** Language for the portal, SMS and e-mail; the caller's language when omitted. */
  preferredLanguage?: Language | null | undefined;
  /** The `token` from the fragment of `/sso/register#token=…` the callback redirected to. Valid 15 minutes. */
  token: string;
  /** User name: 4–20 English characters, starting with a letter; letters, digits, ".", "_" and "-". Unique regardless of case. */
  username: string;
};

/** Confirm a new e-mail address with the link sent to it. */
export type ConfirmEmailChangeInput = {
  /** The `token` parameter of the link. */
  token: string;
};

/** Confirm an e-mail address with the link sent to it. */
export type ConfirmEmailInput = {
  /** The `token` parameter of the confirmation link. */
  token: string;
};

/** Where an objection to a violation stands. */
export type DisputeStatus =
  /** The dispute was refused: the violation stands. */
  | 'DISMISSED'
  /** Not disputed. */
  | 'NONE'
  /** Disputed and waiting for review by the traffic department. */
  | 'OPEN'
  /** The dispute was accepted: the violation is cancelled. */
  | 'UPHELD';

/** Dispute a traffic violation. */
export type DisputeViolationInput = {
  /** Why you object, 10 to 500 characters. */
  reason: string;
  /** The violation number. */
  violationNumber: string;
};

/** What a document is. */
export type DocumentType =
  /** Driving licence. */
  | 'DRIVING_LICENCE'
  /** Exit re-entry visa issued to a resident. */
  | 'EXIT_REENTRY_VISA'
  /** Final exit visa issued to a resident. */
  | 'FINAL_EXIT_VISA'
  /** Residence permit (residents). */
  | 'IQAMA'
  /** National ID card (citizens). */
  | 'NATIONAL_ID'
  /** Saudi passport. */
  | 'PASSPORT';

/** How many times an exit re-entry visa may be used. */
export type EntryType =
  /** Any number of exits and returns while valid. */
  | 'MULTIPLE'
  /** One exit and one return. */
  | 'SINGLE';

/** Gender as recorded in the civil registry. */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Issue an exit re-entry visa. */
export type IssueExitReentryVisaInput = {
  /** The resident: yourself, a dependent or a sponsored worker. */
  beneficiaryNationalId: string;
  /** Single or multiple entry. */
  entryType: EntryType;
  /** Validity in months, 2 to 12. */
  months: number;
};

/** Issue a final exit visa. */
export type IssueFinalExitVisaInput = {
  /** The resident: yourself, a dependent or a sponsored worker. */
  beneficiaryNationalId: string;
};

/** A language the portal speaks. Arabic is the default. */
export type Language =
  /** Arabic (right to left); the default. */
  | 'AR'
  /** English. */
  | 'EN';

/** The explicit link of an existing account to national single sign-on: after the provider proved the ID, the account password (once) confirms that its holder wants SSO to open it from now on. */
export type LinkSsoInput = {
  /** The account's current password. */
  password: string;
  /** The `token` from the fragment of `/sso/link#token=…` the callback redirected to. Valid 15 minutes. */
  token: string;
};

/** Absher log-in: first factor. */
export type LoginInput = {
  /** The 4 digits shown in the image. */
  captchaCode: string;
  /** The `id` of the image code from `newCaptcha`. */
  captchaId: string | number;
  /** User name or national ID / iqama number. */
  identifier: string;
  /** Password. */
  password: string;
};

/** Which notifications to mark read: some by id, or all. */
export type MarkNotificationsReadInput = {
  /** Mark every unread notification read (then `ids` is not needed). */
  all?: boolean | null | undefined;
  /** The notifications to mark read (at most 100). Ids that are not yours are ignored. */
  ids?: Array<string | number> | null | undefined;
};

/** What a notification is about. */
export type NotificationKind =
  /** An appointment was booked. */
  | 'APPOINTMENT_BOOKED'
  /** An appointment was cancelled. */
  | 'APPOINTMENT_CANCELLED'
  /** An appointment was moved to another time. */
  | 'APPOINTMENT_RESCHEDULED'
  /** A bill was issued and awaits payment. */
  | 'BILL_ISSUED'
  /** A bill was paid. */
  | 'BILL_PAID'
  /** A document is about to expire. */
  | 'DOCUMENT_EXPIRING'
  /** A service request was cancelled. */
  | 'REQUEST_CANCELLED'
  /** A service request was completed and its result issued. */
  | 'REQUEST_COMPLETED'
  /** A service request was rejected. */
  | 'REQUEST_REJECTED'
  /** A service request was submitted. */
  | 'REQUEST_SUBMITTED'
  /** Something about a traffic violation (paid, disputed, …). */
  | 'VIOLATION';

/** Which directorate an office belongs to, and so which services it sees people for. */
export type OfficeCategory =
  /** Civil Affairs (Ahwal): national IDs, family records, births. */
  | 'CIVIL_AFFAIRS'
  /** General Directorate of Passports (Jawazat). */
  | 'PASSPORTS'
  /** General Department of Traffic (Muroor): licences, vehicles, violations. */
  | 'TRAFFIC';

/** Pay a bill (development payment button). */
export type PayBillInput = {
  /** The SADAD bill number. */
  billNumber: string;
};

/** Pay traffic violations with one bill. */
export type PayViolationsInput = {
  /** Numbers of your unpaid violations (up to 50). */
  violationNumbers: Array<string>;
};

/** Whether a person holds a national ID (citizen) or an iqama (resident). */
export type PersonKind =
  /** A Saudi citizen; national IDs start with 1. */
  | 'CITIZEN'
  /** A resident with an iqama; iqama numbers start with 2. */
  | 'RESIDENT';

/** Re-authentication, step 1: the password again. */
export type ReauthenticateInput = {
  /** The password of the signed-in account. */
  password: string;
};

/** Trade a refresh token for a new session pair. */
export type RefreshSessionInput = {
  /** The refresh token; when omitted, the HttpOnly refresh cookie is used (web client). */
  refreshToken?: string | null | undefined;
};

/** Everything a person gives to open an account (SPEC §2). */
export type RegisterInput = {
  /** Acceptance of the terms of use and the privacy policy; the version and time are recorded. */
  acceptTerms: boolean;
  /** The 4 digits shown in the image. */
  captchaCode: string;
  /** The `id` of the image code from `newCaptcha`. */
  captchaId: string | number;
  /** E-mail address; a confirmation link is sent to it. */
  email: string;
  /** The e-mail address again. */
  emailConfirmation: string;
  /** Saudi mobile linked to the ID by the telecom operators: 05XXXXXXXX, 5XXXXXXXX, 9665XXXXXXXX or +9665XXXXXXXX. */
  mobile: string;
  /** National ID (citizens) or iqama number (residents); Arabic-Indic digits and spaces are accepted. */
  nationalId: string;
  /** Password: 8–128 characters, not common, not close to the user name, ID or e-mail. */
  password: string;
  /** The password again. */
  passwordConfirmation: string;
  /** Language for the portal, SMS and e-mail. Arabic when omitted. */
  preferredLanguage?: Language | null | undefined;
  /** User name: 4–20 English characters, starting with a letter; letters, digits, ".", "_" and "-". Unique regardless of case. */
  username: string;
};

/** Renew your driving licence. */
export type RenewDrivingLicenceInput = {
  /** Years: 2, 5 or 10. */
  years: number;
};

/** Renew an iqama. */
export type RenewIqamaInput = {
  /** The resident dependent or sponsored worker. */
  beneficiaryNationalId: string;
  /** Years: 1 or 2. */
  years: number;
};

/** Renew a national ID card. */
export type RenewNationalIdInput = {
  /** The citizen to renew for: yourself (omit) or a dependent. */
  beneficiaryNationalId?: string | null | undefined;
};

/** Issue or renew a passport. */
export type RenewPassportInput = {
  /** Yourself or a dependent (citizen). */
  beneficiaryNationalId: string;
  /** Validity in years: 5 or 10 (10 from age 21). */
  years: number;
};

/** Renew a vehicle's registration. */
export type RenewVehicleRegistrationInput = {
  /** Plate of a vehicle registered to you (any case, spaces ignored). */
  plate: string;
  /** Years: 1 to 3. */
  years: number;
};

/** Forgotten password, step 1 (SPEC §3): who you are, the mobile registered to your account, and the image code. */
export type RequestPasswordResetInput = {
  /** The 4 digits shown in the image. */
  captchaCode: string;
  /** The `id` of the image code from `newCaptcha`. */
  captchaId: string | number;
  /** The mobile registered to the account, in any Saudi format. */
  mobile: string;
  /** National ID or iqama number; Arabic-Indic digits and spaces are accepted. */
  nationalId: string;
};

/** Where a service request stands: SUBMITTED → PENDING_PAYMENT → COMPLETED, or REJECTED, or CANCELLED. */
export type RequestStatus =
  /** Cancelled by the applicant, or its bill expired unpaid. */
  | 'CANCELLED'
  /** Done: the result was issued. */
  | 'COMPLETED'
  /** A bill was issued; the request completes when it is paid. */
  | 'PENDING_PAYMENT'
  /** Refused when the bill was paid, because a rule no longer held (the reason says which); the payment is refunded. */
  | 'REJECTED'
  /** Received and checked; free services complete at once. */
  | 'SUBMITTED';

/** Moves an upcoming appointment to another slot (of the same office, unless another is given). */
export type RescheduleAppointmentInput = {
  /** The appointment to move. */
  appointmentId: string | number;
  /** Another office offering the same service; by default the same office. */
  officeId?: string | number | null | undefined;
  /** The start of the new slot. */
  slotStart: string;
};

/** Ask for a new SMS code for the same challenge. */
export type ResendCodeInput = {
  /** The challenge to send a new code for. */
  challengeId: string | number;
};

/** Forgotten password, step 2: the SMS code and the new password. */
export type ResetPasswordInput = {
  /** The challenge from `requestPasswordReset`. */
  challengeId: string | number;
  /** The 6-digit code from the SMS. */
  code: string;
  /** The new password: the same rules as at registration. */
  newPassword: string;
  /** The new password again. */
  newPasswordConfirmation: string;
};

/** End one of your sessions. */
export type RevokeSessionInput = {
  /** The `id` of the session, from `mySessions`. */
  id: string | number;
};

/** A group of e-services, as on the portal home page. */
export type ServiceCategoryCode =
  /** National ID and civil records (the Agency of Civil Affairs). */
  | 'CIVIL_AFFAIRS'
  /** Services done for dependents: family members and sponsored workers. */
  | 'FAMILY'
  /** Passports, visas and residents (the General Directorate of Passports). */
  | 'PASSPORTS'
  /** Licences, vehicles and violations (the General Department of Traffic). */
  | 'TRAFFIC';

/** A stable identifier of an e-service. */
export type ServiceCode =
  | 'AUTHORIZE_DRIVER'
  | 'DISPUTE_VIOLATION'
  | 'EXIT_REENTRY_VISA'
  | 'FINAL_EXIT_VISA'
  | 'PAY_VIOLATIONS'
  | 'RENEW_DRIVING_LICENCE'
  | 'RENEW_IQAMA'
  | 'RENEW_NATIONAL_ID'
  | 'RENEW_PASSPORT'
  | 'RENEW_VEHICLE_REGISTRATION';

/** What is left to do after a national single sign-on that did not sign the person in at once. */
export type SsoPendingKind =
  /** An account exists but was never linked to SSO: `linkSso` with its password, once, links it. */
  | 'LINK'
  /** No account for this ID yet: `completeSsoRegistration` opens one (the short registration). */
  | 'REGISTER';

/** Why an input was refused. Stable: clients may branch on it; the message is for people. */
export type UserErrorCode =
  /** Your national address is outside the delivery area or incomplete. Update your national address, or visit a Civil Affairs office. */
  | 'ADDRESS_NOT_DELIVERABLE'
  /** You already have an appointment for this service. Change or cancel it before booking another. */
  | 'ALREADY_BOOKED'
  /** We found no upcoming appointment with this number in your account. Refresh your appointments. */
  | 'APPOINTMENT_NOT_FOUND'
  /** This bill is already paid: nothing more is needed. */
  | 'BILL_ALREADY_PAID'
  /** This bill has expired or its request was cancelled. Submit the request again for a new bill. */
  | 'BILL_EXPIRED'
  /** No bill with this number is among yours. Check the number. */
  | 'BILL_NOT_FOUND'
  /** The code in the image is wrong or expired. Get a new image and type its digits. */
  | 'CAPTCHA_INVALID'
  /** This verification has ended or does not exist. Please start again. */
  | 'CHALLENGE_NOT_FOUND'
  /** The verification code has expired. Ask for a new one. */
  | 'CODE_EXPIRED'
  /** The verification code is wrong. You have N tries left. */
  | 'CODE_INVALID'
  /** The current password is wrong. */
  | 'CURRENT_PASSWORD_WRONG'
  /** No account can be opened or used with this number. Please contact Civil Affairs. */
  | 'DECEASED'
  /** A dispute is open on violation N. Wait for its outcome before another dispute or payment. */
  | 'DISPUTE_OPEN'
  /** The time to dispute has passed (N days from the violation). You can pay it or visit the traffic department. */
  | 'DISPUTE_WINDOW_CLOSED'
  /** There is no document of this kind on file to renew. Apply for it at the relevant office. */
  | 'DOCUMENT_MISSING'
  /** The vehicle already has an authorised driver until N. One authorised driver per vehicle is allowed. */
  | 'DRIVER_ALREADY_AUTHORIZED'
  /** This person cannot be authorised: there is no valid driving licence for them on file. Check the ID number. */
  | 'DRIVER_NOT_LICENSED'
  /** The same request is already in progress. Follow it up in your requests (pay its bill or cancel it). */
  | 'DUPLICATE_REQUEST'
  /** This e-mail address is not valid. */
  | 'EMAIL_INVALID'
  /** The e-mail confirmation does not match. */
  | 'EMAIL_MISMATCH'
  /** The vehicle's periodic inspection has expired. Have it inspected, then try again. */
  | 'INSPECTION_EXPIRED'
  /** The vehicle's insurance has expired. Renew it with an insurer, then try again. */
  | 'INSURANCE_EXPIRED'
  /** The user name, ID number or password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** This national ID or iqama number is not valid. Enter the 10 digits, starting with 1 or 2, as printed on the card. */
  | 'INVALID_NATIONAL_ID'
  /** This period is not offered for this service. Choose from: N. */
  | 'INVALID_PERIOD'
  /** The beneficiary's iqama has expired. Renew the iqama first. */
  | 'IQAMA_EXPIRED'
  /** This link is not valid or has expired. */
  | 'LINK_INVALID'
  /** There is no valid medical check on file. Have the medical check done at an approved centre, then try again. */
  | 'MEDICAL_CHECK_MISSING'
  /** This mobile number is not valid. Enter a Saudi number such as 05XXXXXXXX. */
  | 'MOBILE_INVALID'
  /** This mobile is not linked to this ID by the telecom operators. Use a number registered in your name. */
  | 'MOBILE_NOT_LINKED'
  /** Choose the notifications to mark as read, or choose to mark all of them. */
  | 'NOTHING_TO_MARK'
  /** This service is not available for this beneficiary (check who it is for: citizen or resident, yourself or a dependent). Choose the right service or beneficiary. */
  | 'NOT_ELIGIBLE'
  /** This number is not in the civil registry. Check it, or visit Civil Affairs or Passports. */
  | 'NOT_IN_REGISTRY'
  /** This person is not one of your registered dependents. Choose yourself or someone from your list of dependents. */
  | 'NOT_YOUR_DEPENDENT'
  /** No vehicle with this plate is registered to you. Choose one from your vehicles. */
  | 'NOT_YOUR_VEHICLE'
  /** We could not find this office. Choose an office from the list. */
  | 'OFFICE_NOT_FOUND'
  /** The beneficiary is outside the Kingdom. This service is available once they are inside it. */
  | 'OUTSIDE_KINGDOM'
  /** The beneficiary's passport has expired. Renew it at their embassy and have it updated. */
  | 'PASSPORT_EXPIRED'
  /** The password confirmation does not match. */
  | 'PASSWORD_MISMATCH'
  /** This password is common or has appeared in data breaches, so it is easy to guess. Choose another. */
  | 'PASSWORD_TOO_COMMON'
  /** The password is longer than 128 characters. */
  | 'PASSWORD_TOO_LONG'
  /** The password is too short. Use at least 8 characters; a long phrase is stronger. */
  | 'PASSWORD_TOO_SHORT'
  /** The password is too close to your user name, ID number or e-mail. Choose something different. */
  | 'PASSWORD_TOO_SIMILAR'
  /** There is no photo taken within the last 6 months on file. Update your photo at a Civil Affairs office, then try again. */
  | 'PHOTO_OUTDATED'
  /** Write the reason for the dispute in N to N characters. */
  | 'REASON_INVALID'
  /** To protect your account, confirm it is you with your password and an SMS code first (valid for 10 minutes), then try again. */
  | 'REAUTHENTICATION_REQUIRED'
  /** The vehicle's registration has expired. Renew the registration first. */
  | 'REGISTRATION_EXPIRED'
  /** This request cannot be cancelled: it is already completed or closed. */
  | 'REQUEST_NOT_CANCELLABLE'
  /** No request with this reference is among yours. Check the reference. */
  | 'REQUEST_NOT_FOUND'
  /** You can ask for a new code in N seconds. */
  | 'RESEND_TOO_SOON'
  /** This is already your e-mail address. */
  | 'SAME_EMAIL'
  /** This is already your registered mobile. */
  | 'SAME_MOBILE'
  /** E-services are suspended for this ID. Visit an office to find out why. */
  | 'SERVICES_SUSPENDED'
  /** This office does not offer this service. Choose a service it offers, or another office. */
  | 'SERVICE_NOT_OFFERED'
  /** Your session has ended. Please log in again. */
  | 'SESSION_EXPIRED'
  /** This session does not exist or has already ended. */
  | 'SESSION_NOT_FOUND'
  /** This time is fully booked. Choose another time. */
  | 'SLOT_FULL'
  /** This time cannot be booked. Choose one of the times offered within the next N days. */
  | 'SLOT_NOT_AVAILABLE'
  /** National single sign-on is not available on this portal. */
  | 'SSO_DISABLED'
  /** Your account is not linked to national single sign-on. */
  | 'SSO_NOT_LINKED'
  /** Your national single sign-on step has expired or is no longer valid. Start the national single sign-on again. */
  | 'SSO_TOKEN_INVALID'
  /** You must accept the terms of use and the privacy policy. */
  | 'TERMS_NOT_ACCEPTED'
  /** It is too early to renew. You can renew from N. */
  | 'TOO_EARLY_TO_RENEW'
  /** Too many tries. Ask for a new code or start again. */
  | 'TOO_MANY_ATTEMPTS'
  /** At most N notifications can be marked at a time. Choose fewer, or mark all of them. */
  | 'TOO_MANY_NOTIFICATIONS'
  /** The beneficiary has a travel ban. Contact the authority that issued it. */
  | 'TRAVEL_BAN'
  /** You must be at least 17 years old to register. Your head of family can serve you from their account. */
  | 'UNDER_AGE'
  /** There are unpaid traffic violations (N). Pay them from the violations service, then try again. */
  | 'UNPAID_VIOLATIONS'
  /** The user name must be 4 to 20 English characters, start with a letter, may contain digits, . _ and -, and must not be your ID number. */
  | 'USERNAME_INVALID'
  /** This user name is taken. Choose another. */
  | 'USERNAME_TAKEN'
  /** A vehicle is registered in the beneficiary's name (N). Transfer or deregister it first. */
  | 'VEHICLE_REGISTERED'
  /** Violation N is already paid or cancelled: nothing more is needed. */
  | 'VIOLATION_ALREADY_PAID'
  /** Violation N is not among your violations. Choose from your list of violations. */
  | 'VIOLATION_NOT_FOUND'
  /** The beneficiary already holds a valid visa of this kind. Use it or wait until it expires. */
  | 'VISA_ALREADY_VALID';

/** A code received by SMS for a challenge. */
export type VerifyCodeInput = {
  /** The challenge the code was sent for. */
  challengeId: string | number;
  /** The 6-digit code from the SMS; Arabic-Indic digits are accepted. */
  code: string;
};

export type AppointmentFieldsFragment = { id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: string, service: { code: string, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } };

export type AppointmentServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentServicesQuery = { appointmentServices: Array<{ code: string, nameAr: string, nameEn: string, description: string, category: OfficeCategory }> };

export type AppointmentSlotsQueryVariables = Exact<{
  officeId: string | number;
  serviceCode: string;
}>;


export type AppointmentSlotsQuery = { appointmentSlots: Array<{ startsAt: string, endsAt: string, available: boolean, remaining: number }> };

export type BookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type BookAppointmentMutation = { bookAppointment: { appointment: { id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: string, service: { code: string, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type CancelAppointmentMutationVariables = Exact<{
  input: CancelAppointmentInput;
}>;


export type CancelAppointmentMutation = { cancelAppointment: { appointment: { id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: string, service: { code: string, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type MyAppointmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAppointmentsQuery = { myAppointments: Array<{ id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: string, service: { code: string, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } }> };

export type OfficesQueryVariables = Exact<{
  category?: OfficeCategory | null | undefined;
}>;


export type OfficesQuery = { offices: Array<{ id: string, nameAr: string, nameEn: string, city: string, cityAr: string, addressAr: string, addressEn: string, category: OfficeCategory }> };

export type RescheduleAppointmentMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type RescheduleAppointmentMutation = { rescheduleAppointment: { appointment: { id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: string, service: { code: string, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type AuthorizeDriverMutationVariables = Exact<{
  input: AuthorizeDriverInput;
}>;


export type AuthorizeDriverMutation = { authorizeDriver: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type CancelServiceRequestMutationVariables = Exact<{
  input: CancelServiceRequestInput;
}>;


export type CancelServiceRequestMutation = { cancelServiceRequest: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type DigitalIdQueryVariables = Exact<{ [key: string]: never; }>;


export type DigitalIdQuery = { digitalId: { qrSvg: string, issuedAt: string, expiresAt: string, holder: { fullNameAr: string, fullNameEn: string, maskedNationalId: string, kind: PersonKind, nationality: string, dateOfBirth: string, documentType: string | null, documentExpiresOn: string | null } } | null };

export type DisputeViolationMutationVariables = Exact<{
  input: DisputeViolationInput;
}>;


export type DisputeViolationMutation = { disputeViolation: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type BillFieldsFragment = { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> };

export type RequestFieldsFragment = { reference: string, status: RequestStatus, submittedAt: string, service: { code: ServiceCode, nameAr: string, nameEn: string }, beneficiary: { nationalId: string, fullNameAr: string, fullNameEn: string }, statusHistory: Array<{ status: RequestStatus, at: string, reason: string | null, reasonCode: string | null }>, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null, result: { documentType: DocumentType | null, documentNumber: string | null, issuedOn: string | null, expiresOn: string | null, entryType: EntryType | null, months: number | null, plate: string | null, driverNationalId: string | null, violationNumbers: Array<string> | null, disputeStatus: DisputeStatus | null } | null };

export type IssueExitReentryVisaMutationVariables = Exact<{
  input: IssueExitReentryVisaInput;
}>;


export type IssueExitReentryVisaMutation = { issueExitReentryVisa: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type IssueFinalExitVisaMutationVariables = Exact<{
  input: IssueFinalExitVisaInput;
}>;


export type IssueFinalExitVisaMutation = { issueFinalExitVisa: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type MyBillsQueryVariables = Exact<{
  status?: BillStatus | null | undefined;
}>;


export type MyBillsQuery = { myBills: Array<{ number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> }> };

export type MyDependentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDependentsQuery = { myDependents: Array<{ nationalId: string, kind: PersonKind, fullNameAr: string, fullNameEn: string, dateOfBirth: string, gender: Gender, nationality: string }> };

export type MyDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDocumentsQuery = { myDocuments: Array<{ type: DocumentType, number: string, nationalId: string, issuedOn: string, expiresOn: string, daysToExpiry: number, entryType: string | null }> };

export type MyRequestsQueryVariables = Exact<{
  after?: string | null | undefined;
  status?: RequestStatus | null | undefined;
}>;


export type MyRequestsQuery = { myRequests: { edges: Array<{ cursor: string, node: { reference: string, status: RequestStatus, submittedAt: string, service: { code: ServiceCode, nameAr: string, nameEn: string }, beneficiary: { fullNameAr: string, fullNameEn: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MyVehiclesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVehiclesQuery = { myVehicles: Array<{ plate: string, make: string, model: string, year: number, registrationExpiresOn: string, insuranceExpiresOn: string | null, inspectionExpiresOn: string | null, authorizedDriverId: string | null, authorizedUntil: string | null }> };

export type MyViolationsQueryVariables = Exact<{
  unpaidOnly?: boolean | null | undefined;
}>;


export type MyViolationsQuery = { myViolations: Array<{ number: string, issuedOn: string, plate: string | null, driver: string, paid: boolean, billed: boolean, disputeStatus: DisputeStatus, amount: { halalas: number, formatted: string } }> };

export type PayBillMutationVariables = Exact<{
  input: PayBillInput;
}>;


export type PayBillMutation = { payBill: { bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type PayViolationsMutationVariables = Exact<{
  input: PayViolationsInput;
}>;


export type PayViolationsMutation = { payViolations: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RenewDrivingLicenceMutationVariables = Exact<{
  input: RenewDrivingLicenceInput;
}>;


export type RenewDrivingLicenceMutation = { renewDrivingLicence: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RenewIqamaMutationVariables = Exact<{
  input: RenewIqamaInput;
}>;


export type RenewIqamaMutation = { renewIqama: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RenewNationalIdMutationVariables = Exact<{
  input?: RenewNationalIdInput | null | undefined;
}>;


export type RenewNationalIdMutation = { renewNationalId: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RenewPassportMutationVariables = Exact<{
  input: RenewPassportInput;
}>;


export type RenewPassportMutation = { renewPassport: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RenewVehicleRegistrationMutationVariables = Exact<{
  input: RenewVehicleRegistrationInput;
}>;


export type RenewVehicleRegistrationMutation = { renewVehicleRegistration: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RequestQueryVariables = Exact<{
  reference: string;
}>;


export type RequestQuery = { request: { reference: string, status: RequestStatus, submittedAt: string, service: { code: ServiceCode, nameAr: string, nameEn: string }, beneficiary: { nationalId: string, fullNameAr: string, fullNameEn: string }, statusHistory: Array<{ status: RequestStatus, at: string, reason: string | null, reasonCode: string | null }>, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null, result: { documentType: DocumentType | null, documentNumber: string | null, issuedOn: string | null, expiresOn: string | null, entryType: EntryType | null, months: number | null, plate: string | null, driverNationalId: string | null, violationNumbers: Array<string> | null, disputeStatus: DisputeStatus | null } | null } | null };

export type ServiceQueryVariables = Exact<{
  code: ServiceCode;
  beneficiaryNationalId?: string | null | undefined;
}>;


export type ServiceQuery = { service: { code: ServiceCode, nameAr: string, nameEn: string, descriptionAr: string, descriptionEn: string, category: ServiceCategoryCode, feeDescriptionAr: string, feeDescriptionEn: string, forSelf: boolean, forDependents: boolean, audience: Array<PersonKind>, minimumAge: number, inputs: Array<{ name: string, label: string, required: boolean, type: string }>, eligibility: { eligible: boolean, fee: { halalas: number, formatted: string } | null, reasons: Array<{ field: string | null, code: UserErrorCode, message: string }> } | null } | null };

export type ServiceCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceCategoriesQuery = { serviceCategories: Array<{ code: ServiceCategoryCode, nameAr: string, nameEn: string, serviceCount: number }> };

export type ServicesQueryVariables = Exact<{
  category?: ServiceCategoryCode | null | undefined;
  search?: string | null | undefined;
}>;


export type ServicesQuery = { services: Array<{ code: ServiceCode, nameAr: string, nameEn: string, descriptionAr: string, descriptionEn: string, category: ServiceCategoryCode, feeDescriptionAr: string, feeDescriptionEn: string }> };

export type AuthOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthOptionsQuery = { authOptions: { captchaRequired: boolean, ssoEnabled: boolean } };

export type ConfirmEmailMutationVariables = Exact<{
  input: ConfirmEmailInput;
}>;


export type ConfirmEmailMutation = { confirmEmail: { confirmed: boolean, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type ConfirmEmailChangeMutationVariables = Exact<{
  input: ConfirmEmailChangeInput;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: { changed: boolean, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type ChallengeFieldsFragment = { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string };

export type UserErrorFieldsFragment = { field: string | null, code: UserErrorCode, message: string };

export type SessionAccountFragment = { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } };

export type AuthResultFragment = { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { email: string, emailVerified: boolean, ssoLinked: boolean, maskedMobile: string, createdAt: string, id: string, username: string, preferredLanguage: Language, person: { kind: PersonKind, dateOfBirth: string, gender: Gender, nationality: string, nationalId: string, fullNameAr: string, fullNameEn: string } } | null };

export type NewCaptchaMutationVariables = Exact<{ [key: string]: never; }>;


export type NewCaptchaMutation = { newCaptcha: { id: string, image: string, expiresAt: string } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type ResendCodeMutationVariables = Exact<{
  input: ResendCodeInput;
}>;


export type ResendCodeMutation = { resendCode: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { passwordChanged: boolean, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type VerifyLoginMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type VerifyLoginMutation = { verifyLogin: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type VerifyRegistrationMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type VerifyRegistrationMutation = { verifyRegistration: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number | null, unreadCount: number | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type NotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, nodes: Array<{ id: string, kind: NotificationKind, titleAr: string, titleEn: string, bodyAr: string, bodyEn: string, link: string | null, reference: string | null, read: boolean, createdAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { notifications: { unreadCount: number } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { loggedOut: boolean } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { passwordChanged: boolean, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type ChangePreferredLanguageMutationVariables = Exact<{
  input: ChangePreferredLanguageInput;
}>;


export type ChangePreferredLanguageMutation = { changePreferredLanguage: { account: { id: string, preferredLanguage: Language } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, device: string, clientAddress: string | null, createdAt: string, lastUsedAt: string, current: boolean }> };

export type ReauthenticateMutationVariables = Exact<{
  input: ReauthenticateInput;
}>;


export type ReauthenticateMutation = { reauthenticate: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type VerifyReauthenticationMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type VerifyReauthenticationMutation = { verifyReauthentication: { reauthenticatedUntil: string | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type RevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeOtherSessionsMutation = { revokeOtherSessions: { revokedCount: number } };

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;


export type RevokeSessionMutation = { revokeSession: { revoked: boolean, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type UnlinkSsoMutationVariables = Exact<{ [key: string]: never; }>;


export type UnlinkSsoMutation = { unlinkSso: { unlinked: boolean, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type CompleteSsoRegistrationMutationVariables = Exact<{
  input: CompleteSsoRegistrationInput;
}>;


export type CompleteSsoRegistrationMutation = { completeSsoRegistration: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type LinkSsoMutationVariables = Exact<{
  input: LinkSsoInput;
}>;


export type LinkSsoMutation = { linkSso: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type SsoPendingQueryVariables = Exact<{
  token: string;
}>;


export type SsoPendingQuery = { ssoPending: { kind: SsoPendingKind, firstName: string, maskedMobile: string, expiresAt: string } | null };

export const AppointmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cityAr"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"addressAr"}},{"kind":"Field","name":{"kind":"Name","value":"addressEn"}}]}}]}}]} as unknown as DocumentNode<AppointmentFieldsFragment, unknown>;
export const BillFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<BillFieldsFragment, unknown>;
export const RequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"driverNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"violationNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"disputeStatus"}}]}}]}}]} as unknown as DocumentNode<RequestFieldsFragment, unknown>;
export const ChallengeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}}]} as unknown as DocumentNode<ChallengeFieldsFragment, unknown>;
export const SessionAccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}}]} as unknown as DocumentNode<SessionAccountFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const AuthResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AuthResultFragment, unknown>;
export const AppointmentServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<AppointmentServicesQuery, AppointmentServicesQueryVariables>;
export const AppointmentSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]} as unknown as DocumentNode<AppointmentSlotsQuery, AppointmentSlotsQueryVariables>;
export const BookAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cityAr"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"addressAr"}},{"kind":"Field","name":{"kind":"Name","value":"addressEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<BookAppointmentMutation, BookAppointmentMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cityAr"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"addressAr"}},{"kind":"Field","name":{"kind":"Name","value":"addressEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const MyAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cityAr"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"addressAr"}},{"kind":"Field","name":{"kind":"Name","value":"addressEn"}}]}}]}}]} as unknown as DocumentNode<MyAppointmentsQuery, MyAppointmentsQueryVariables>;
export const OfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityAr"}},{"kind":"Field","name":{"kind":"Name","value":"addressAr"}},{"kind":"Field","name":{"kind":"Name","value":"addressEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<OfficesQuery, OfficesQueryVariables>;
export const RescheduleAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cityAr"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"addressAr"}},{"kind":"Field","name":{"kind":"Name","value":"addressEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
export const AuthorizeDriverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizeDriver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizeDriverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeDriver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizeDriverMutation, AuthorizeDriverMutationVariables>;
export const CancelServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelServiceRequestMutation, CancelServiceRequestMutationVariables>;
export const DigitalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DigitalId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digitalId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentExpiresOn"}}]}}]}}]}}]} as unknown as DocumentNode<DigitalIdQuery, DigitalIdQueryVariables>;
export const DisputeViolationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisputeViolation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeViolationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeViolation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DisputeViolationMutation, DisputeViolationMutationVariables>;
export const IssueExitReentryVisaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueExitReentryVisa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueExitReentryVisaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueExitReentryVisa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IssueExitReentryVisaMutation, IssueExitReentryVisaMutationVariables>;
export const IssueFinalExitVisaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueFinalExitVisa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFinalExitVisaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueFinalExitVisa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IssueFinalExitVisaMutation, IssueFinalExitVisaMutationVariables>;
export const MyBillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BillStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<MyBillsQuery, MyBillsQueryVariables>;
export const MyDependentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}}]}}]}}]} as unknown as DocumentNode<MyDependentsQuery, MyDependentsQueryVariables>;
export const MyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}}]}}]}}]} as unknown as DocumentNode<MyDocumentsQuery, MyDocumentsQueryVariables>;
export const MyRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyRequestsQuery, MyRequestsQueryVariables>;
export const MyVehiclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"registrationExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedDriverId"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUntil"}}]}}]}}]} as unknown as DocumentNode<MyVehiclesQuery, MyVehiclesQueryVariables>;
export const MyViolationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyViolations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unpaidOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myViolations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unpaidOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unpaidOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"billed"}},{"kind":"Field","name":{"kind":"Name","value":"disputeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<MyViolationsQuery, MyViolationsQueryVariables>;
export const PayBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayBillInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<PayBillMutation, PayBillMutationVariables>;
export const PayViolationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayViolations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayViolationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payViolations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PayViolationsMutation, PayViolationsMutationVariables>;
export const RenewDrivingLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewDrivingLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewDrivingLicenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewDrivingLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenewDrivingLicenceMutation, RenewDrivingLicenceMutationVariables>;
export const RenewIqamaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewIqama"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewIqamaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewIqama"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenewIqamaMutation, RenewIqamaMutationVariables>;
export const RenewNationalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewNationalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewNationalIdInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewNationalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenewNationalIdMutation, RenewNationalIdMutationVariables>;
export const RenewPassportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewPassport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewPassportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewPassport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenewPassportMutation, RenewPassportMutationVariables>;
export const RenewVehicleRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewVehicleRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewVehicleRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewVehicleRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenewVehicleRegistrationMutation, RenewVehicleRegistrationMutationVariables>;
export const RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"driverNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"violationNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"disputeStatus"}}]}}]}}]} as unknown as DocumentNode<RequestQuery, RequestQueryVariables>;
export const ServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Service"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryNationalId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"feeDescriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"feeDescriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"forSelf"}},{"kind":"Field","name":{"kind":"Name","value":"forDependents"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryNationalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryNationalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ServiceQuery, ServiceQueryVariables>;
export const ServiceCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}}]}}]}}]} as unknown as DocumentNode<ServiceCategoriesQuery, ServiceCategoriesQueryVariables>;
export const ServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Services"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCategoryCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"feeDescriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"feeDescriptionEn"}}]}}]}}]} as unknown as DocumentNode<ServicesQuery, ServicesQueryVariables>;
export const AuthOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captchaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}}]}}]}}]} as unknown as DocumentNode<AuthOptionsQuery, AuthOptionsQueryVariables>;
export const ConfirmEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ConfirmEmailMutation, ConfirmEmailMutationVariables>;
export const ConfirmEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmEmailChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"ssoLinked"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const NewCaptchaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewCaptcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCaptcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<NewCaptchaMutation, NewCaptchaMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResendCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ResendCodeMutation, ResendCodeMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordChanged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<VerifyLoginMutation, VerifyLoginMutationVariables>;
export const VerifyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<VerifyRegistrationMutation, VerifyRegistrationMutationVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"titleAr"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyAr"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordChanged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ChangePreferredLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePreferredLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePreferredLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePreferredLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ChangePreferredLanguageMutation, ChangePreferredLanguageMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const ReauthenticateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reauthenticate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReauthenticateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthenticate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ReauthenticateMutation, ReauthenticateMutationVariables>;
export const VerifyReauthenticationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyReauthentication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyReauthentication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthenticatedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<VerifyReauthenticationMutation, VerifyReauthenticationMutationVariables>;
export const RevokeOtherSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}}]}}]}}]} as unknown as DocumentNode<RevokeOtherSessionsMutation, RevokeOtherSessionsMutationVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const UnlinkSsoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkSso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkSso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinked"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UnlinkSsoMutation, UnlinkSsoMutationVariables>;
export const CompleteSsoRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSsoRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSsoRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSsoRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<CompleteSsoRegistrationMutation, CompleteSsoRegistrationMutationVariables>;
export const LinkSsoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkSso"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkSsoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSso"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<LinkSsoMutation, LinkSsoMutationVariables>;
export const SsoPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoPending"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SsoPendingQuery, SsoPendingQueryVariables>;

/** `AppointmentServices` as a typed `useQuery`. */
export function useAppointmentServicesQuery(options?: useQuery.Options<AppointmentServicesQuery, AppointmentServicesQueryVariables>) {
  return useQuery(AppointmentServicesDocument, options ?? {});
}
/** `AppointmentServices` as a typed `useLazyQuery` (runs when called). */
export function useAppointmentServicesLazyQuery(options?: useLazyQuery.Options<AppointmentServicesQuery, AppointmentServicesQueryVariables>) {
  return useLazyQuery(AppointmentServicesDocument, options);
}
/** `AppointmentSlots` as a typed `useQuery`. */
export function useAppointmentSlotsQuery(options: useQuery.Options<AppointmentSlotsQuery, AppointmentSlotsQueryVariables>) {
  return useQuery(AppointmentSlotsDocument, options);
}
/** `AppointmentSlots` as a typed `useLazyQuery` (runs when called). */
export function useAppointmentSlotsLazyQuery(options?: useLazyQuery.Options<AppointmentSlotsQuery, AppointmentSlotsQueryVariables>) {
  return useLazyQuery(AppointmentSlotsDocument, options);
}
/** `BookAppointment` as a typed `useMutation`. */
export function useBookAppointmentMutation(options?: useMutation.Options<BookAppointmentMutation, BookAppointmentMutationVariables>) {
  return useMutation(BookAppointmentDocument, options);
}
/** `CancelAppointment` as a typed `useMutation`. */
export function useCancelAppointmentMutation(options?: useMutation.Options<CancelAppointmentMutation, CancelAppointmentMutationVariables>) {
  return useMutation(CancelAppointmentDocument, options);
}
/** `MyAppointments` as a typed `useQuery`. */
export function useMyAppointmentsQuery(options?: useQuery.Options<MyAppointmentsQuery, MyAppointmentsQueryVariables>) {
  return useQuery(MyAppointmentsDocument, options ?? {});
}
/** `MyAppointments` as a typed `useLazyQuery` (runs when called). */
export function useMyAppointmentsLazyQuery(options?: useLazyQuery.Options<MyAppointmentsQuery, MyAppointmentsQueryVariables>) {
  return useLazyQuery(MyAppointmentsDocument, options);
}
/** `Offices` as a typed `useQuery`. */
export function useOfficesQuery(options?: useQuery.Options<OfficesQuery, OfficesQueryVariables>) {
  return useQuery(OfficesDocument, options ?? {});
}
/** `Offices` as a typed `useLazyQuery` (runs when called). */
export function useOfficesLazyQuery(options?: useLazyQuery.Options<OfficesQuery, OfficesQueryVariables>) {
  return useLazyQuery(OfficesDocument, options);
}
/** `RescheduleAppointment` as a typed `useMutation`. */
export function useRescheduleAppointmentMutation(options?: useMutation.Options<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>) {
  return useMutation(RescheduleAppointmentDocument, options);
}
/** `AuthorizeDriver` as a typed `useMutation`. */
export function useAuthorizeDriverMutation(options?: useMutation.Options<AuthorizeDriverMutation, AuthorizeDriverMutationVariables>) {
  return useMutation(AuthorizeDriverDocument, options);
}
/** `CancelServiceRequest` as a typed `useMutation`. */
export function useCancelServiceRequestMutation(options?: useMutation.Options<CancelServiceRequestMutation, CancelServiceRequestMutationVariables>) {
  return useMutation(CancelServiceRequestDocument, options);
}
/** `DigitalId` as a typed `useQuery`. */
export function useDigitalIdQuery(options?: useQuery.Options<DigitalIdQuery, DigitalIdQueryVariables>) {
  return useQuery(DigitalIdDocument, options ?? {});
}
/** `DigitalId` as a typed `useLazyQuery` (runs when called). */
export function useDigitalIdLazyQuery(options?: useLazyQuery.Options<DigitalIdQuery, DigitalIdQueryVariables>) {
  return useLazyQuery(DigitalIdDocument, options);
}
/** `DisputeViolation` as a typed `useMutation`. */
export function useDisputeViolationMutation(options?: useMutation.Options<DisputeViolationMutation, DisputeViolationMutationVariables>) {
  return useMutation(DisputeViolationDocument, options);
}
/** `IssueExitReentryVisa` as a typed `useMutation`. */
export function useIssueExitReentryVisaMutation(options?: useMutation.Options<IssueExitReentryVisaMutation, IssueExitReentryVisaMutationVariables>) {
  return useMutation(IssueExitReentryVisaDocument, options);
}
/** `IssueFinalExitVisa` as a typed `useMutation`. */
export function useIssueFinalExitVisaMutation(options?: useMutation.Options<IssueFinalExitVisaMutation, IssueFinalExitVisaMutationVariables>) {
  return useMutation(IssueFinalExitVisaDocument, options);
}
/** `MyBills` as a typed `useQuery`. */
export function useMyBillsQuery(options?: useQuery.Options<MyBillsQuery, MyBillsQueryVariables>) {
  return useQuery(MyBillsDocument, options ?? {});
}
/** `MyBills` as a typed `useLazyQuery` (runs when called). */
export function useMyBillsLazyQuery(options?: useLazyQuery.Options<MyBillsQuery, MyBillsQueryVariables>) {
  return useLazyQuery(MyBillsDocument, options);
}
/** `MyDependents` as a typed `useQuery`. */
export function useMyDependentsQuery(options?: useQuery.Options<MyDependentsQuery, MyDependentsQueryVariables>) {
  return useQuery(MyDependentsDocument, options ?? {});
}
/** `MyDependents` as a typed `useLazyQuery` (runs when called). */
export function useMyDependentsLazyQuery(options?: useLazyQuery.Options<MyDependentsQuery, MyDependentsQueryVariables>) {
  return useLazyQuery(MyDependentsDocument, options);
}
/** `MyDocuments` as a typed `useQuery`. */
export function useMyDocumentsQuery(options?: useQuery.Options<MyDocumentsQuery, MyDocumentsQueryVariables>) {
  return useQuery(MyDocumentsDocument, options ?? {});
}
/** `MyDocuments` as a typed `useLazyQuery` (runs when called). */
export function useMyDocumentsLazyQuery(options?: useLazyQuery.Options<MyDocumentsQuery, MyDocumentsQueryVariables>) {
  return useLazyQuery(MyDocumentsDocument, options);
}
/** `MyRequests` as a typed `useQuery`. */
export function useMyRequestsQuery(options?: useQuery.Options<MyRequestsQuery, MyRequestsQueryVariables>) {
  return useQuery(MyRequestsDocument, options ?? {});
}
/** `MyRequests` as a typed `useLazyQuery` (runs when called). */
export function useMyRequestsLazyQuery(options?: useLazyQuery.Options<MyRequestsQuery, MyRequestsQueryVariables>) {
  return useLazyQuery(MyRequestsDocument, options);
}
/** `MyVehicles` as a typed `useQuery`. */
export function useMyVehiclesQuery(options?: useQuery.Options<MyVehiclesQuery, MyVehiclesQueryVariables>) {
  return useQuery(MyVehiclesDocument, options ?? {});
}
/** `MyVehicles` as a typed `useLazyQuery` (runs when called). */
export function useMyVehiclesLazyQuery(options?: useLazyQuery.Options<MyVehiclesQuery, MyVehiclesQueryVariables>) {
  return useLazyQuery(MyVehiclesDocument, options);
}
/** `MyViolations` as a typed `useQuery`. */
export function useMyViolationsQuery(options?: useQuery.Options<MyViolationsQuery, MyViolationsQueryVariables>) {
  return useQuery(MyViolationsDocument, options ?? {});
}
/** `MyViolations` as a typed `useLazyQuery` (runs when called). */
export function useMyViolationsLazyQuery(options?: useLazyQuery.Options<MyViolationsQuery, MyViolationsQueryVariables>) {
  return useLazyQuery(MyViolationsDocument, options);
}
/** `PayBill` as a typed `useMutation`. */
export function usePayBillMutation(options?: useMutation.Options<PayBillMutation, PayBillMutationVariables>) {
  return useMutation(PayBillDocument, options);
}
/** `PayViolations` as a typed `useMutation`. */
export function usePayViolationsMutation(options?: useMutation.Options<PayViolationsMutation, PayViolationsMutationVariables>) {
  return useMutation(PayViolationsDocument, options);
}
/** `RenewDrivingLicence` as a typed `useMutation`. */
export function useRenewDrivingLicenceMutation(options?: useMutation.Options<RenewDrivingLicenceMutation, RenewDrivingLicenceMutationVariables>) {
  return useMutation(RenewDrivingLicenceDocument, options);
}
/** `RenewIqama` as a typed `useMutation`. */
export function useRenewIqamaMutation(options?: useMutation.Options<RenewIqamaMutation, RenewIqamaMutationVariables>) {
  return useMutation(RenewIqamaDocument, options);
}
/** `RenewNationalId` as a typed `useMutation`. */
export function useRenewNationalIdMutation(options?: useMutation.Options<RenewNationalIdMutation, RenewNationalIdMutationVariables>) {
  return useMutation(RenewNationalIdDocument, options);
}
/** `RenewPassport` as a typed `useMutation`. */
export function useRenewPassportMutation(options?: useMutation.Options<RenewPassportMutation, RenewPassportMutationVariables>) {
  return useMutation(RenewPassportDocument, options);
}
/** `RenewVehicleRegistration` as a typed `useMutation`. */
export function useRenewVehicleRegistrationMutation(options?: useMutation.Options<RenewVehicleRegistrationMutation, RenewVehicleRegistrationMutationVariables>) {
  return useMutation(RenewVehicleRegistrationDocument, options);
}
/** `Request` as a typed `useQuery`. */
export function useRequestQuery(options: useQuery.Options<RequestQuery, RequestQueryVariables>) {
  return useQuery(RequestDocument, options);
}
/** `Request` as a typed `useLazyQuery` (runs when called). */
export function useRequestLazyQuery(options?: useLazyQuery.Options<RequestQuery, RequestQueryVariables>) {
  return useLazyQuery(RequestDocument, options);
}
/** `Service` as a typed `useQuery`. */
export function useServiceQuery(options: useQuery.Options<ServiceQuery, ServiceQueryVariables>) {
  return useQuery(ServiceDocument, options);
}
/** `Service` as a typed `useLazyQuery` (runs when called). */
export function useServiceLazyQuery(options?: useLazyQuery.Options<ServiceQuery, ServiceQueryVariables>) {
  return useLazyQuery(ServiceDocument, options);
}
/** `ServiceCategories` as a typed `useQuery`. */
export function useServiceCategoriesQuery(options?: useQuery.Options<ServiceCategoriesQuery, ServiceCategoriesQueryVariables>) {
  return useQuery(ServiceCategoriesDocument, options ?? {});
}
/** `ServiceCategories` as a typed `useLazyQuery` (runs when called). */
export function useServiceCategoriesLazyQuery(options?: useLazyQuery.Options<ServiceCategoriesQuery, ServiceCategoriesQueryVariables>) {
  return useLazyQuery(ServiceCategoriesDocument, options);
}
/** `Services` as a typed `useQuery`. */
export function useServicesQuery(options?: useQuery.Options<ServicesQuery, ServicesQueryVariables>) {
  return useQuery(ServicesDocument, options ?? {});
}
/** `Services` as a typed `useLazyQuery` (runs when called). */
export function useServicesLazyQuery(options?: useLazyQuery.Options<ServicesQuery, ServicesQueryVariables>) {
  return useLazyQuery(ServicesDocument, options);
}
/** `AuthOptions` as a typed `useQuery`. */
export function useAuthOptionsQuery(options?: useQuery.Options<AuthOptionsQuery, AuthOptionsQueryVariables>) {
  return useQuery(AuthOptionsDocument, options ?? {});
}
/** `AuthOptions` as a typed `useLazyQuery` (runs when called). */
export function useAuthOptionsLazyQuery(options?: useLazyQuery.Options<AuthOptionsQuery, AuthOptionsQueryVariables>) {
  return useLazyQuery(AuthOptionsDocument, options);
}
/** `ConfirmEmail` as a typed `useMutation`. */
export function useConfirmEmailMutation(options?: useMutation.Options<ConfirmEmailMutation, ConfirmEmailMutationVariables>) {
  return useMutation(ConfirmEmailDocument, options);
}
/** `ConfirmEmailChange` as a typed `useMutation`. */
export function useConfirmEmailChangeMutation(options?: useMutation.Options<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>) {
  return useMutation(ConfirmEmailChangeDocument, options);
}
/** `Login` as a typed `useMutation`. */
export function useLoginMutation(options?: useMutation.Options<LoginMutation, LoginMutationVariables>) {
  return useMutation(LoginDocument, options);
}
/** `Me` as a typed `useQuery`. */
export function useMeQuery(options?: useQuery.Options<MeQuery, MeQueryVariables>) {
  return useQuery(MeDocument, options ?? {});
}
/** `Me` as a typed `useLazyQuery` (runs when called). */
export function useMeLazyQuery(options?: useLazyQuery.Options<MeQuery, MeQueryVariables>) {
  return useLazyQuery(MeDocument, options);
}
/** `NewCaptcha` as a typed `useMutation`. */
export function useNewCaptchaMutation(options?: useMutation.Options<NewCaptchaMutation, NewCaptchaMutationVariables>) {
  return useMutation(NewCaptchaDocument, options);
}
/** `Register` as a typed `useMutation`. */
export function useRegisterMutation(options?: useMutation.Options<RegisterMutation, RegisterMutationVariables>) {
  return useMutation(RegisterDocument, options);
}
/** `RequestPasswordReset` as a typed `useMutation`. */
export function useRequestPasswordResetMutation(options?: useMutation.Options<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>) {
  return useMutation(RequestPasswordResetDocument, options);
}
/** `ResendCode` as a typed `useMutation`. */
export function useResendCodeMutation(options?: useMutation.Options<ResendCodeMutation, ResendCodeMutationVariables>) {
  return useMutation(ResendCodeDocument, options);
}
/** `ResetPassword` as a typed `useMutation`. */
export function useResetPasswordMutation(options?: useMutation.Options<ResetPasswordMutation, ResetPasswordMutationVariables>) {
  return useMutation(ResetPasswordDocument, options);
}
/** `VerifyLogin` as a typed `useMutation`. */
export function useVerifyLoginMutation(options?: useMutation.Options<VerifyLoginMutation, VerifyLoginMutationVariables>) {
  return useMutation(VerifyLoginDocument, options);
}
/** `VerifyRegistration` as a typed `useMutation`. */
export function useVerifyRegistrationMutation(options?: useMutation.Options<VerifyRegistrationMutation, VerifyRegistrationMutationVariables>) {
  return useMutation(VerifyRegistrationDocument, options);
}
/** `MarkNotificationsRead` as a typed `useMutation`. */
export function useMarkNotificationsReadMutation(options?: useMutation.Options<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>) {
  return useMutation(MarkNotificationsReadDocument, options);
}
/** `Notifications` as a typed `useQuery`. */
export function useNotificationsQuery(options?: useQuery.Options<NotificationsQuery, NotificationsQueryVariables>) {
  return useQuery(NotificationsDocument, options ?? {});
}
/** `Notifications` as a typed `useLazyQuery` (runs when called). */
export function useNotificationsLazyQuery(options?: useLazyQuery.Options<NotificationsQuery, NotificationsQueryVariables>) {
  return useLazyQuery(NotificationsDocument, options);
}
/** `UnreadCount` as a typed `useQuery`. */
export function useUnreadCountQuery(options?: useQuery.Options<UnreadCountQuery, UnreadCountQueryVariables>) {
  return useQuery(UnreadCountDocument, options ?? {});
}
/** `UnreadCount` as a typed `useLazyQuery` (runs when called). */
export function useUnreadCountLazyQuery(options?: useLazyQuery.Options<UnreadCountQuery, UnreadCountQueryVariables>) {
  return useLazyQuery(UnreadCountDocument, options);
}
/** `Logout` as a typed `useMutation`. */
export function useLogoutMutation(options?: useMutation.Options<LogoutMutation, LogoutMutationVariables>) {
  return useMutation(LogoutDocument, options);
}
/** `RefreshSession` as a typed `useMutation`. */
export function useRefreshSessionMutation(options?: useMutation.Options<RefreshSessionMutation, RefreshSessionMutationVariables>) {
  return useMutation(RefreshSessionDocument, options);
}
/** `ChangePassword` as a typed `useMutation`. */
export function useChangePasswordMutation(options?: useMutation.Options<ChangePasswordMutation, ChangePasswordMutationVariables>) {
  return useMutation(ChangePasswordDocument, options);
}
/** `ChangePreferredLanguage` as a typed `useMutation`. */
export function useChangePreferredLanguageMutation(options?: useMutation.Options<ChangePreferredLanguageMutation, ChangePreferredLanguageMutationVariables>) {
  return useMutation(ChangePreferredLanguageDocument, options);
}
/** `MySessions` as a typed `useQuery`. */
export function useMySessionsQuery(options?: useQuery.Options<MySessionsQuery, MySessionsQueryVariables>) {
  return useQuery(MySessionsDocument, options ?? {});
}
/** `MySessions` as a typed `useLazyQuery` (runs when called). */
export function useMySessionsLazyQuery(options?: useLazyQuery.Options<MySessionsQuery, MySessionsQueryVariables>) {
  return useLazyQuery(MySessionsDocument, options);
}
/** `Reauthenticate` as a typed `useMutation`. */
export function useReauthenticateMutation(options?: useMutation.Options<ReauthenticateMutation, ReauthenticateMutationVariables>) {
  return useMutation(ReauthenticateDocument, options);
}
/** `VerifyReauthentication` as a typed `useMutation`. */
export function useVerifyReauthenticationMutation(options?: useMutation.Options<VerifyReauthenticationMutation, VerifyReauthenticationMutationVariables>) {
  return useMutation(VerifyReauthenticationDocument, options);
}
/** `RevokeOtherSessions` as a typed `useMutation`. */
export function useRevokeOtherSessionsMutation(options?: useMutation.Options<RevokeOtherSessionsMutation, RevokeOtherSessionsMutationVariables>) {
  return useMutation(RevokeOtherSessionsDocument, options);
}
/** `RevokeSession` as a typed `useMutation`. */
export function useRevokeSessionMutation(options?: useMutation.Options<RevokeSessionMutation, RevokeSessionMutationVariables>) {
  return useMutation(RevokeSessionDocument, options);
}
/** `UnlinkSso` as a typed `useMutation`. */
export function useUnlinkSsoMutation(options?: useMutation.Options<UnlinkSsoMutation, UnlinkSsoMutationVariables>) {
  return useMutation(UnlinkSsoDocument, options);
}
/** `CompleteSsoRegistration` as a typed `useMutation`. */
export function useCompleteSsoRegistrationMutation(options?: useMutation.Options<CompleteSsoRegistrationMutation, CompleteSsoRegistrationMutationVariables>) {
  return useMutation(CompleteSsoRegistrationDocument, options);
}
/** `LinkSso` as a typed `useMutation`. */
export function useLinkSsoMutation(options?: useMutation.Options<LinkSsoMutation, LinkSsoMutationVariables>) {
  return useMutation(LinkSsoDocument, options);
}
/** `SsoPending` as a typed `useQuery`. */
export function useSsoPendingQuery(options: useQuery.Options<SsoPendingQuery, SsoPendingQueryVariables>) {
  return useQuery(SsoPendingDocument, options);
}
/** `SsoPending` as a typed `useLazyQuery` (runs when called). */
export function useSsoPendingLazyQuery(options?: useLazyQuery.Options<SsoPendingQuery, SsoPendingQueryVariables>) {
  return useLazyQuery(SsoPendingDocument, options);
}
