/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why the accountrecovery module refused an input. Stable: clients may branch on it; the message is for people. */
export type AccountRecoveryErrorCode =
  /** This verification has ended or does not exist. Please start again. */
  | 'CHALLENGE_NOT_FOUND'
  /** The verification code has expired. Ask for a new one. */
  | 'CODE_EXPIRED'
  /** The verification code is wrong. You have N tries left. */
  | 'CODE_INVALID'
  /** Wrong verification codes were entered too many times, so this step is paused to protect you. Try again in N minutes. */
  | 'CODE_STEP_LOCKED'
  /** This national ID or iqama number is not valid: check the number for a typo. It has 10 digits, starting with 1 or 2, as printed on the card. */
  | 'INVALID_NATIONAL_ID'
  /** This mobile number is not valid. Enter a Saudi number such as 05XXXXXXXX. */
  | 'MOBILE_INVALID'
  /** This mobile is not linked to this ID by the telecom operators. Use a number registered in your name. */
  | 'MOBILE_NOT_LINKED'
  /** There is no Absher account for the ID you proved through national single sign-on. You can register instead. */
  | 'NO_ACCOUNT'
  /** The national ID and recovery code could not be confirmed together. Check both, or ask a civil affairs or passports office for a new code. */
  | 'RECOVERY_CODE_INVALID'
  /** This is already your registered mobile. */
  | 'SAME_MOBILE'
  /** Your national single sign-on check has expired or is no longer valid. Start the account recovery again. */
  | 'SSO_PROOF_INVALID'
  /** Recovery through national single sign-on is not available on this portal. Visit a civil affairs or passports office. */
  | 'SSO_RECOVERY_DISABLED'
  /** Too many tries. Ask for a new code or start again. */
  | 'TOO_MANY_ATTEMPTS';

/** Advance one of your deliveries by one step, as the carrier would (development only). */
export type AdvanceCardDeliveryInput = {
  /** The delivery: its `CardDeliveryView.id`. */
  deliveryId: string | number;
};

/** Why the appointment module refused an input. Stable: clients may branch on it; the message is for people. */
export type AppointmentErrorCode =
  /** You already have an appointment for this service. Change or cancel it before booking another. */
  | 'ALREADY_BOOKED'
  /** We found no upcoming appointment with this number in your account. Refresh your appointments. */
  | 'APPOINTMENT_NOT_FOUND'
  /** We could not find this office. Choose an office from the list. */
  | 'OFFICE_NOT_FOUND'
  /** This office does not offer this service. Choose a service it offers, or another office. */
  | 'SERVICE_NOT_OFFERED'
  /** This time is fully booked. Choose another time. */
  | 'SLOT_FULL'
  /** This time cannot be booked. Choose one of the times offered within the next N days. */
  | 'SLOT_NOT_AVAILABLE';

/** A service people book an office visit for (see `appointmentServices`). */
export type AppointmentServiceCode =
  /** Driving licence issue. */
  | 'DRIVING_LICENCE_ISSUANCE'
  /** Family record and births. */
  | 'FAMILY_RECORD'
  /** National ID issue or renewal (in person). */
  | 'NATIONAL_ID_ISSUANCE'
  /** Passport issue or renewal (in person). */
  | 'PASSPORT_ISSUANCE'
  /** Resident affairs (iqama and visas). */
  | 'RESIDENT_AFFAIRS'
  /** Vehicle services. */
  | 'VEHICLE_SERVICES'
  /** Traffic violation review. */
  | 'VIOLATION_REVIEW';

/** Where an appointment stands. */
export type AppointmentStatus =
  /** Booked: the person is expected at the office at its time. */
  | 'BOOKED'
  /** Cancelled by the person; its seat was given back. */
  | 'CANCELLED';

/** Why the authorisation module refused an input. Stable: clients may branch on it; the message is for people. */
export type AuthorisationErrorCode =
  /** This authorisation is no longer open (accepted, declined, revoked or expired). */
  | 'AUTHORISATION_CLOSED'
  /** This authorisation is not among yours. */
  | 'AUTHORISATION_NOT_FOUND'
  /** Enter a valid 10-digit national ID or iqama number. */
  | 'DELEGATE_ID_INVALID'
  /** The holder of this number is not registered on the portal. Only someone with an account can be authorised. */
  | 'DELEGATE_NOT_REGISTERED'
  /** The end date is before the start date. */
  | 'END_BEFORE_START'
  /** The authorisation ends today (N) or later. */
  | 'END_IN_PAST'
  /** You cannot authorise yourself. */
  | 'SELF_AUTHORISATION'
  /** Choose at least one service. */
  | 'SERVICES_EMPTY'
  /** These services cannot be delegated: N. */
  | 'SERVICE_NOT_DELEGABLE'
  /** The authorisation starts today (N) or later. */
  | 'START_IN_PAST'
  /** An authorisation runs at most one year: the latest last day is N. */
  | 'TOO_LONG';

/** An authorisation to act on. */
export type AuthorisationInput = {
  /** The authorisation (`Authorisation.id`). */
  authorisationId: string | number;
};

/** What an authorisation lets its delegate do. */
export type AuthorisationKind =
  /** Do the named e-services for the grantor (`actingFor` on their mutations), once accepted. */
  | 'SERVICES'
  /** Drive one of the grantor's vehicles (`plate`): issued by the `authorizeDriver` e-service, in force at once. */
  | 'VEHICLE_DRIVER';

/** Your side of an authorisation. */
export type AuthorisationRole =
  /** It was given to you. */
  | 'DELEGATE'
  /** You gave it. */
  | 'GRANTOR';

/** Where an authorisation stands. */
export type AuthorisationStatus =
  /** Accepted (a driver authorisation: issued): in force from `startsOn` to `endsOn`. */
  | 'ACCEPTED'
  /** Declined by the delegate: it never comes into force (a new authorisation is needed). */
  | 'DECLINED'
  /** Its last day (`endsOn`) has passed while pending or accepted. */
  | 'EXPIRED'
  /** Given; waiting for the delegate to accept or decline. */
  | 'PENDING'
  /** Ended by the grantor (or, for a driver, by a newer authorisation or the sale of the vehicle). */
  | 'REVOKED';

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
  /** Paid, then refunded in full because its request was rejected when it was paid (`refund` says how far that is). */
  | 'REFUNDED'
  /** Waiting for payment until its due time. */
  | 'UNPAID';

/** An office, a service and one of its free slots. */
export type BookAppointmentInput = {
  /** The office (from `offices`). */
  officeId: string | number;
  /** The service (from `appointmentServices`); the office must offer it. */
  serviceCode: AppointmentServiceCode;
  /** The start of a slot (from `appointmentSlots`). */
  slotStart: string;
};

/** The upcoming appointment to cancel. */
export type CancelAppointmentInput = {
  /** The appointment to cancel. */
  appointmentId: string | number;
};

/** Cancel an exit re-entry visa before it is used. */
export type CancelExitReentryVisaInput = {
  /** The visa: its `PersonDocument.id` from `myDocuments`. */
  documentId: string | number;
};

/** Cancel an open request. */
export type CancelServiceRequestInput = {
  /** The request reference. */
  reference: string;
};

/** Why the carddelivery module refused an input. Stable: clients may branch on it; the message is for people. */
export type CardDeliveryErrorCode =
  /** This card is not among your documents or those of the people you act for. */
  | 'CARD_NOT_FOUND'
  /** This document is not in force (N), so its card is not delivered. */
  | 'CARD_NOT_IN_FORCE'
  /** A delivery of this card is already under way (tracking number N). */
  | 'DELIVERY_ALREADY_ORDERED'
  /** This delivery is not among yours. */
  | 'DELIVERY_NOT_FOUND'
  /** This delivery has no next step now (N): it is paid first, and nothing follows delivery. */
  | 'NOTHING_TO_ADVANCE'
  /** Only cards issued by a completed request on the portal (a renewal or a replacement) and vehicle registrations are delivered. Collect this card at an office. */
  | 'NOT_ISSUED_BY_REQUEST'
  /** The card holder has no national address on record, so it cannot be delivered. Register the national address, or collect the card at an office. */
  | 'NO_NATIONAL_ADDRESS';

/** Change the e-mail address; needs a re-authentication in the last 10 minutes. */
export type ChangeEmailInput = {
  /** The new address; a confirmation link is sent to it. */
  newEmail: string;
  /** The new address again. */
  newEmailConfirmation: string;
};

/** Change the registered mobile; needs a re-authentication in the last 10 minutes. */
export type ChangeMobileInput = {
  /** The new mobile: one of the numbers the telecom operators link to your ID in the registry. */
  newMobile: string;
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

/** Recovery, step 2: the SMS code sent to the new mobile. */
export type CompleteAccountRecoveryInput = {
  /** The challenge from the start of the recovery. */
  challengeId: string | number;
  /** The 6-digit code from the SMS; Arabic-Indic digits are accepted. */
  code: string;
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

/** Decide one of your open disputes (development button). */
export type DecideDisputeInput = {
  /** The decision to record. */
  outcome: DisputeOutcome;
  /** The disputed violation. */
  violationNumber: string;
};

/** Where a card's postal delivery stands: awaiting its fee, then the carrier's steps in order. */
export type DeliveryStatus =
  /** Ordered; its fee’s bill is not paid yet (`billNumber`). Nothing is printed until it is. */
  | 'AWAITING_PAYMENT'
  /** Not paid in time: cancelled, and the card can be ordered again. */
  | 'CANCELLED'
  /** Handed over at the national address. */
  | 'DELIVERED'
  /** Paid: the order went to the postal carrier. */
  | 'ORDERED'
  /** With the courier, on the way to the national address. */
  | 'OUT_FOR_DELIVERY'
  /** The card is printed and handed to the carrier. */
  | 'PRINTED';

/** Why the digitalid module refused an input. Stable: clients may branch on it; the message is for people. */
export type DigitalIdErrorCode =
  /** Your ID or iqama has been cancelled, so no offline copy is issued for it. */
  | 'DOCUMENT_CANCELLED'
  /** Your ID or iqama has expired, so no offline copy is issued for it. Renew it, then come back to this page. */
  | 'DOCUMENT_EXPIRED'
  /** Your ID or iqama has been reported lost, so no offline copy is issued for it. Request a replacement. */
  | 'DOCUMENT_LOST'
  /** A new document has replaced this ID or iqama; an offline copy is issued only for the document in force. */
  | 'DOCUMENT_REPLACED'
  /** The civil registry holds no national ID or iqama in your name, so an offline copy cannot be issued. Visit a civil affairs or passports office. */
  | 'NO_IDENTITY_DOCUMENT';

/** Why the dispute module refused an input. Stable: clients may branch on it; the message is for people. */
export type DisputeErrorCode =
  /** The dispute of violation N is already decided; the decision stands. */
  | 'DISPUTE_ALREADY_DECIDED'
  /** There is no dispute of yours on violation N. Dispute it first with the dispute service. */
  | 'DISPUTE_NOT_FOUND';

/** The traffic department's decision on a dispute. */
export type DisputeOutcome =
  /** The dispute is refused: the violation stands and is payable again. */
  | 'DISMISSED'
  /** The dispute is accepted: the violation is cancelled (no longer payable). */
  | 'UPHELD';

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

/** Why the documentlife module refused an input. Stable: clients may branch on it; the message is for people. */
export type DocumentLifeErrorCode =
  /** This document was already reported lost, replaced or cancelled: no new report is needed. */
  | 'DOCUMENT_ALREADY_ENDED'
  /** This document is not among yours or those of the people you act for. */
  | 'DOCUMENT_NOT_FOUND'
  /** Visas are not reported lost: an unused visa is cancelled from the documents list instead. */
  | 'DOCUMENT_NOT_REPORTABLE';

/** Where a document stands today: usable (VALID, EXPIRING), run out (EXPIRED), or ended by an event (LOST, REPLACED, CANCELLED). */
export type DocumentStatus =
  /** Cancelled before its expiry (for example an exit re-entry visa cancelled before use). */
  | 'CANCELLED'
  /** Its expiry date has passed. */
  | 'EXPIRED'
  /** In force, and expires within 90 days: time to renew. */
  | 'EXPIRING'
  /** Reported lost or stolen: it no longer proves anything, and a replacement can be requested. */
  | 'LOST'
  /** A newer document was issued in its place. */
  | 'REPLACED'
  /** In force, more than 90 days from expiry. */
  | 'VALID';

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

/** Extend an exit re-entry visa. */
export type ExtendExitReentryVisaInput = {
  /** The resident whose visa it is: yourself (inside the Kingdom), a dependent or a sponsored worker. */
  beneficiaryNationalId: string;
  /** Months to add, 1 to 6; the visa may not run past the iqama. */
  months: number;
};

/** Gender as recorded in the civil registry. */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Authorise another registered person to do named e-services for you between two dates. */
export type GrantAuthorisationInput = {
  /** National ID or iqama number of the person you authorise (registered on the portal; not yourself). */
  delegateNationalId: string;
  /** Last day: not before the first, at most one year after it. */
  endsOn: string;
  /** The e-services they may do for you: at least one, each delegable (`EService.delegable`). */
  services: Array<ServiceCode>;
  /** First day: today or later. */
  startsOn: string;
};

/** Why the identity module refused an input. Stable: clients may branch on it; the message is for people. */
export type IdentityErrorCode =
  /** The code did not match the image, or the image had expired. Each image allows one try, and a new one is shown: type its digits or listen to them. */
  | 'CAPTCHA_INVALID'
  /** Type the 4 digits shown in the image (get a new image if none is shown). */
  | 'CAPTCHA_REQUIRED'
  /** This verification has ended or does not exist. Please start again. */
  | 'CHALLENGE_NOT_FOUND'
  /** The verification code has expired. Ask for a new one. */
  | 'CODE_EXPIRED'
  /** The verification code is wrong. You have N tries left. */
  | 'CODE_INVALID'
  /** Wrong verification codes were entered too many times, so this step is paused to protect you. Try again in N minutes. */
  | 'CODE_STEP_LOCKED'
  /** The current password is wrong. */
  | 'CURRENT_PASSWORD_WRONG'
  /** No account can be opened or used with this number. Please contact Civil Affairs. */
  | 'DECEASED'
  /** Your e-mail address is already confirmed; no new link is needed. */
  | 'EMAIL_ALREADY_CONFIRMED'
  /** This e-mail address is not valid. */
  | 'EMAIL_INVALID'
  /** The e-mail confirmation does not match. */
  | 'EMAIL_MISMATCH'
  /** The user name, ID number or password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** This national ID or iqama number is not valid: check the number for a typo. It has 10 digits, starting with 1 or 2, as printed on the card. */
  | 'INVALID_NATIONAL_ID'
  /** This link is not valid or has expired. */
  | 'LINK_INVALID'
  /** This mobile number is not valid. Enter a Saudi number such as 05XXXXXXXX. */
  | 'MOBILE_INVALID'
  /** This mobile is not linked to this ID by the telecom operators. Use a number registered in your name. */
  | 'MOBILE_NOT_LINKED'
  /** The two passwords do not match. Type the same password in both fields. */
  | 'PASSWORD_MISMATCH'
  /** This password is common or has appeared in data breaches, so it is easy to guess. Choose another. */
  | 'PASSWORD_TOO_COMMON'
  /** The password is longer than 128 characters. */
  | 'PASSWORD_TOO_LONG'
  /** The password is too short. Use at least 8 characters; a long phrase is stronger. */
  | 'PASSWORD_TOO_SHORT'
  /** The password is too close to your user name, ID number or e-mail. Choose something different. */
  | 'PASSWORD_TOO_SIMILAR'
  /** The automatic check of your device failed or is no longer valid. It runs again by itself; send again once it has finished. */
  | 'PROOF_OF_WORK_INVALID'
  /** The automatic check of your device has not finished yet. Wait a moment for it to finish, then send again. */
  | 'PROOF_OF_WORK_MISSING'
  /** To protect your account, confirm it is you with your password and an SMS code first (valid for 10 minutes), then try again. */
  | 'REAUTHENTICATION_REQUIRED'
  /** You can ask for a new code in N seconds. */
  | 'RESEND_TOO_SOON'
  /** This is already your e-mail address. */
  | 'SAME_EMAIL'
  /** This is already your registered mobile. */
  | 'SAME_MOBILE'
  /** Your session has ended. Please log in again. */
  | 'SESSION_EXPIRED'
  /** This session does not exist or has already ended. */
  | 'SESSION_NOT_FOUND'
  /** You must accept the terms of use and the privacy policy. */
  | 'TERMS_NOT_ACCEPTED'
  /** Too many tries. Ask for a new code or start again. */
  | 'TOO_MANY_ATTEMPTS'
  /** You must be at least 17 years old to register. Your head of family can serve you from their account. */
  | 'UNDER_AGE'
  /** The user name must be 4 to 20 English characters, start with a letter, may contain digits, . _ and -, and must not be your ID number. */
  | 'USERNAME_INVALID'
  /** This user name is taken. Choose another. */
  | 'USERNAME_TAKEN';

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

/** The development stand-in for an officer: whose account to issue an office recovery code for. */
export type IssueOfficeRecoveryCodeInDevelopmentInput = {
  /** National ID or iqama number. */
  nationalId: string;
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
  /** The 4 digits shown in the image (or spoken at `audioUrl`); Arabic-Indic digits are accepted. Required when `authOptions.captchaRequired`; ignored otherwise. */
  captchaCode?: string | null | undefined;
  /** The `id` of the image code from `newCaptcha`. Required when `authOptions.captchaRequired` (refused as CAPTCHA_REQUIRED without it); ignored otherwise. */
  captchaId?: string | number | null | undefined;
  /** User name or national ID / iqama number. */
  identifier: string;
  /** Password. */
  password: string;
  /** The solved proof of work for this image code: the base64 payload the ALTCHA widget produces for `newCaptcha.proofOfWork`. Required while `authOptions.proofOfWorkRequired` is true (error PROOF_OF_WORK_MISSING or PROOF_OF_WORK_INVALID on the field `proofOfWork`). */
  proofOfWork?: string | null | undefined;
};

/** How a document went missing. */
export type LossCircumstance =
  /** Lost: mislaid, or its whereabouts unknown. */
  | 'LOST'
  /** Stolen. */
  | 'STOLEN';

/** Which notifications to mark read: some by id, or all. */
export type MarkNotificationsReadInput = {
  /** Mark every unread notification read (then `ids` is not needed). */
  all?: boolean | null | undefined;
  /** The notifications to mark read, by `id` (at most 100). Ids that are not yours are ignored. */
  ids?: Array<string | number> | null | undefined;
};

/** Why the notification module refused an input. Stable: clients may branch on it; the message is for people. */
export type NotificationErrorCode =
  /** Choose the notifications to mark as read, or choose to mark all of them. */
  | 'NOTHING_TO_MARK'
  /** Choose the channels for at least one kind of notification. */
  | 'NOTHING_TO_SAVE'
  /** At most N notifications can be marked at a time. Choose fewer, or mark all of them. */
  | 'TOO_MANY_NOTIFICATIONS'
  /** This kind of notification is listed more than once. Choose its channels once. */
  | 'TOPIC_TWICE';

/** What a notification is about. */
export type NotificationKind =
  /** An appointment was booked. */
  | 'APPOINTMENT_BOOKED'
  /** An appointment was cancelled. */
  | 'APPOINTMENT_CANCELLED'
  /** An appointment was moved to another time. */
  | 'APPOINTMENT_RESCHEDULED'
  /** Something about an authorisation you gave or received (given, accepted, declined, revoked, used to act for you). */
  | 'AUTHORISATION'
  /** A bill was issued and awaits payment. */
  | 'BILL_ISSUED'
  /** A bill was paid. */
  | 'BILL_PAID'
  /** A paid bill is being refunded, or its refund was sent. */
  | 'BILL_REFUNDED'
  /** A document is about to expire. */
  | 'DOCUMENT_EXPIRING'
  /** Something about a document: reported lost or stolen (and so no longer proves anything), or its card’s postal delivery (ordered, printed, out for delivery, delivered). */
  | 'DOCUMENT_STATUS'
  /** A service request was cancelled. */
  | 'REQUEST_CANCELLED'
  /** A service request was completed and its result issued. */
  | 'REQUEST_COMPLETED'
  /** A service request was rejected. */
  | 'REQUEST_REJECTED'
  /** A service request was submitted. */
  | 'REQUEST_SUBMITTED'
  /** Something about a vehicle sale you are part of (offered, accepted, cancelled, completed, refused). */
  | 'VEHICLE_SALE'
  /** Something about a traffic violation (paid, disputed, …). */
  | 'VIOLATION';

/** The channels for one topic of notifications. */
export type NotificationPreferenceInput = {
  /** Also by e-mail (once your address is confirmed). */
  email: boolean;
  /** Also by SMS. */
  sms: boolean;
  /** Which notifications. */
  topic: NotificationTopic;
};

/** A group of notifications whose channels (SMS, e-mail) a person chooses together. */
export type NotificationTopic =
  /** Appointments booked, moved and cancelled. */
  | 'APPOINTMENTS'
  /** Your documents and your family’s: reminders before they expire, and loss reports. */
  | 'DOCUMENT_EXPIRY'
  /** Bills issued and paid. */
  | 'PAYMENTS'
  /** Your e-service requests: submitted, completed, rejected, cancelled. */
  | 'REQUESTS'
  /** Traffic violations: paid, disputed. */
  | 'VIOLATIONS';

/** Offer one of your vehicles to a buyer. */
export type OfferVehicleSaleInput = {
  /** The buyer's national ID or iqama number (10 digits). */
  buyerNationalId: string;
  /** The plate of a vehicle registered in your name. */
  plate: string;
  /** The price in whole riyals: from 500 to 1,000,000. The buyer pays it, plus the fees, into escrow. */
  price: number;
};

/** Which directorate an office belongs to, and so which services it sees people for. */
export type OfficeCategory =
  /** Civil Affairs (Ahwal): national IDs, family records, births. */
  | 'CIVIL_AFFAIRS'
  /** General Directorate of Passports (Jawazat). */
  | 'PASSPORTS'
  /** General Department of Traffic (Muroor): licences, vehicles, violations. */
  | 'TRAFFIC';

/** Order the postal delivery of a card. */
export type OrderCardDeliveryInput = {
  /** The card: its `WalletCard.cardId` (a card issued by a completed renewal or replacement, or a vehicle registration). */
  cardId: string | number;
};

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

/** Why the payment module refused an input. Stable: clients may branch on it; the message is for people. */
export type PaymentErrorCode =
  /** This bill is already paid: nothing more is needed. */
  | 'BILL_ALREADY_PAID'
  /** This bill has expired or its request was cancelled. Submit the request again for a new bill. */
  | 'BILL_EXPIRED'
  /** No bill with this number is among yours. Check the number. */
  | 'BILL_NOT_FOUND';

/** Where a payout to a seller stands. */
export type PayoutStatus =
  /** Owed to the seller out of the escrow and queued for transfer to their bank account. */
  | 'PENDING';

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

/** Where a refund stands. */
export type RefundStatus =
  /** The gateway confirmed it: the money is on its way back to where it was paid from. */
  | 'COMPLETED'
  /** Owed and asked of the payment gateway; not yet confirmed by it. */
  | 'PENDING';

/** Everything a person gives to open an account (SPEC §2). */
export type RegisterInput = {
  /** Acceptance of the terms of use and the privacy policy; the version and time are recorded. */
  acceptTerms: boolean;
  /** The 4 digits shown in the image (or spoken at `audioUrl`); Arabic-Indic digits are accepted. Required when `authOptions.captchaRequired`; ignored otherwise. */
  captchaCode?: string | null | undefined;
  /** The `id` of the image code from `newCaptcha`. Required when `authOptions.captchaRequired` (refused as CAPTCHA_REQUIRED without it); ignored otherwise. */
  captchaId?: string | number | null | undefined;
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
  /** The solved proof of work for this image code: the base64 payload the ALTCHA widget produces for `newCaptcha.proofOfWork`. Required while `authOptions.proofOfWorkRequired` is true (error PROOF_OF_WORK_MISSING or PROOF_OF_WORK_INVALID on the field `proofOfWork`). */
  proofOfWork?: string | null | undefined;
  /** User name: 4–20 English characters, starting with a letter; letters, digits, ".", "_" and "-". Unique regardless of case. */
  username: string;
};

/** How a dependant stands to their head of family or sponsor, as the civil registry records it. */
export type RelationKind =
  /** Daughter. */
  | 'DAUGHTER'
  /** A domestic worker (housemaid, private driver, …): exempt from the work-permit fee. */
  | 'DOMESTIC_WORKER'
  /** Father, as a dependant (e.g. a resident sponsoring a parent). */
  | 'FATHER'
  /** Mother, as a dependant. */
  | 'MOTHER'
  /** Son. */
  | 'SON'
  /** A worker sponsored for other work: the work-permit fee and expat levy apply. */
  | 'SPONSORED_WORKER'
  /** Wife or husband (a person may have more than one spouse). */
  | 'SPOUSE';

/** How a person stands to the signed-in person, broadly: yourself, family or worker (`Person.relation` names the relation itself). */
export type RelationToYou =
  /** A family member: a dependant recorded as spouse, son, daughter, father or mother (where no relation is recorded, one of the same nationality as the head of family). */
  | 'FAMILY'
  /** The signed-in person themself. */
  | 'SELF'
  /** A sponsored worker: a dependant recorded as domestic or sponsored worker (where no relation is recorded, one of another nationality than the sponsor). */
  | 'WORKER';

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

/** Replace a lost or damaged national ID, iqama or driving licence. */
export type ReplaceDocumentInput = {
  /** Whose card: yourself (omit) or a dependent. */
  beneficiaryNationalId?: string | null | undefined;
  /** Lost (reported lost first) or damaged. */
  cause: ReplacementCause;
  /** NATIONAL_ID (citizens), IQAMA (residents) or DRIVING_LICENCE. */
  documentType: DocumentType;
};

/** Why a card is replaced. */
export type ReplacementCause =
  /** Damaged, and still in force. */
  | 'DAMAGED'
  /** Lost or stolen, and reported so (`reportDocumentLost`). */
  | 'LOST';

/** Report a document lost or stolen. */
export type ReportDocumentLostInput = {
  /** Lost or stolen. */
  circumstance: LossCircumstance;
  /** The document: its `PersonDocument.id` from `myDocuments` (yours, or of someone you act for). */
  documentId: string | number;
};

/** Why the request module refused an input. Stable: clients may branch on it; the message is for people. */
export type RequestErrorCode =
  /** Your national address is outside the delivery area or incomplete. Update your national address, or visit a Civil Affairs office. */
  | 'ADDRESS_NOT_DELIVERABLE'
  /** Violation N was already disputed and decided; a second dispute of it is not accepted. You can pay it or visit the traffic department. */
  | 'ALREADY_DISPUTED'
  /** N of your disputes were dismissed this Hijri year, the most allowed. You can dispute again from the Hijri year N, or visit the traffic department. */
  | 'DISPUTES_LIMIT_REACHED'
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
  /** This document has expired or is no longer in force, so it is not replaced as damaged. Renew it instead. */
  | 'EXPIRED_RENEW_INSTEAD'
  /** The vehicle's periodic inspection has expired. Have it inspected, then try again. */
  | 'INSPECTION_EXPIRED'
  /** The vehicle's insurance has expired. Renew it with an insurer, then try again. */
  | 'INSURANCE_EXPIRED'
  /** Choose one of the values offered: N. */
  | 'INVALID_CHOICE'
  /** This period is not offered for this service. Choose from: N. */
  | 'INVALID_PERIOD'
  /** The beneficiary's iqama has expired. Renew the iqama first. */
  | 'IQAMA_EXPIRED'
  /** The beneficiary's iqama was reported lost, so it cannot be used for this service. Get a replacement iqama first. */
  | 'IQAMA_REPORTED_LOST'
  /** A visa cannot run past the end of the iqama (N). Choose fewer months, or renew the iqama first. */
  | 'IQAMA_TOO_SHORT'
  /** There is no valid medical check on file. Have the medical check done at an approved centre, then try again. */
  | 'MEDICAL_CHECK_MISSING'
  /** You hold no authorisation in force from this person for this service. */
  | 'NOT_AUTHORISED_TO_ACT'
  /** This service is not available for this beneficiary (check who it is for: citizen or resident, yourself or a dependent). Choose the right service or beneficiary. */
  | 'NOT_ELIGIBLE'
  /** This document has not been reported lost. Report it lost first, from the documents page, then ask for the replacement. */
  | 'NOT_REPORTED_LOST'
  /** This person is not one of your registered dependents. Choose yourself or someone from your list of dependents. */
  | 'NOT_YOUR_DEPENDENT'
  /** No vehicle with this plate is registered to you. Choose one from your vehicles. */
  | 'NOT_YOUR_VEHICLE'
  /** The beneficiary has no exit re-entry visa in force to extend. Ask for a new visa instead. */
  | 'NO_VISA_TO_EXTEND'
  /** The beneficiary is outside the Kingdom. This service is available once they are inside it. */
  | 'OUTSIDE_KINGDOM'
  /** The beneficiary's passport has expired. Renew it at their embassy and have it updated. */
  | 'PASSPORT_EXPIRED'
  /** The beneficiary's passport was reported lost, so it cannot be used for this service. Get a new one from their embassy and have it updated. */
  | 'PASSPORT_REPORTED_LOST'
  /** There is no photo taken within the last 6 months on file. Update your photo at a Civil Affairs office, then try again. */
  | 'PHOTO_OUTDATED'
  /** Write the reason for the dispute in N to N characters. */
  | 'REASON_INVALID'
  /** The vehicle's registration has expired. Renew the registration first. */
  | 'REGISTRATION_EXPIRED'
  /** This card was reported lost, so it is not renewed: ask for a replacement with the "Replace a lost or damaged card" service. */
  | 'REPLACE_LOST_INSTEAD'
  /** This request cannot be cancelled: it is already completed or closed. */
  | 'REQUEST_NOT_CANCELLABLE'
  /** No request with this reference is among yours. Check the reference. */
  | 'REQUEST_NOT_FOUND'
  /** E-services are suspended for this ID. Visit an office to find out why. */
  | 'SERVICES_SUSPENDED'
  /** You are outside the Kingdom: your sponsor extends your visa, from their account. */
  | 'SPONSOR_EXTENDS_ABROAD'
  /** A final exit visa for a sponsored resident is issued by the sponsor, from the sponsor's account. Ask your sponsor to issue it. */
  | 'SPONSOR_ISSUES_FINAL_EXIT'
  /** It is too early to renew. You can renew from N. */
  | 'TOO_EARLY_TO_RENEW'
  /** The beneficiary has a travel ban. Contact the authority that issued it. */
  | 'TRAVEL_BAN'
  /** There are unpaid traffic violations (N). Pay them from the violations service, then try again. */
  | 'UNPAID_VIOLATIONS'
  /** A vehicle is registered in the beneficiary's name (N). Transfer or deregister it first. */
  | 'VEHICLE_REGISTERED'
  /** The vehicle is reported (stolen or wanted), so nobody can be authorised to drive it. Contact the traffic department. */
  | 'VEHICLE_REPORTED'
  /** Violation N is already paid or cancelled: nothing more is needed. */
  | 'VIOLATION_ALREADY_PAID'
  /** Violation N is not among your violations. Choose from your list of violations. */
  | 'VIOLATION_NOT_FOUND'
  /** The beneficiary already holds a valid visa of this kind. Use it or wait until it expires. */
  | 'VISA_ALREADY_VALID'
  /** This visa cannot be cancelled: its holder is outside the Kingdom on it. A visa can be cancelled only before it is used. */
  | 'VISA_IN_USE'
  /** This visa cannot be cancelled: it is no longer in force (expired or already cancelled). */
  | 'VISA_NOT_CANCELLABLE'
  /** No exit re-entry visa issued by you has this ID. */
  | 'VISA_NOT_FOUND';

/** Forgotten password, step 1 (SPEC §3): who you are, the mobile registered to your account, and the image code. */
export type RequestPasswordResetInput = {
  /** The 4 digits shown in the image (or spoken at `audioUrl`); Arabic-Indic digits are accepted. Required when `authOptions.captchaRequired`; ignored otherwise. */
  captchaCode?: string | null | undefined;
  /** The `id` of the image code from `newCaptcha`. Required when `authOptions.captchaRequired` (refused as CAPTCHA_REQUIRED without it); ignored otherwise. */
  captchaId?: string | number | null | undefined;
  /** The mobile registered to the account, in any Saudi format. */
  mobile: string;
  /** National ID or iqama number; Arabic-Indic digits and spaces are accepted. */
  nationalId: string;
  /** The solved proof of work for this image code: the base64 payload the ALTCHA widget produces for `newCaptcha.proofOfWork`. Required while `authOptions.proofOfWorkRequired` is true (error PROOF_OF_WORK_MISSING or PROOF_OF_WORK_INVALID on the field `proofOfWork`). */
  proofOfWork?: string | null | undefined;
};

/** Where a service request stands: SUBMITTED → PENDING_PAYMENT → COMPLETED, or REJECTED, or CANCELLED; or REFUSED when submitted. */
export type RequestStatus =
  /** Cancelled by the applicant, or its bill expired unpaid. */
  | 'CANCELLED'
  /** Done: the result was issued. */
  | 'COMPLETED'
  /** A bill was issued; the request completes when it is paid. */
  | 'PENDING_PAYMENT'
  /** Refused when submitted, because a rule of the service did not hold (`refusalReasons` says which); kept on record with its reference. Nothing was billed. */
  | 'REFUSED'
  /** Refused when the bill was paid, because a rule no longer held (the reason says which). */
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
  /** Office visits by appointment at passports, civil affairs and traffic offices: its services are `appointmentServices` (booked with `bookAppointment` at an office of `offices`), not `services`, which lists the e-services submitted online as requests. */
  | 'APPOINTMENTS'
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
  | 'EXTEND_EXIT_REENTRY_VISA'
  | 'FINAL_EXIT_VISA'
  | 'PAY_VIOLATIONS'
  | 'RENEW_DRIVING_LICENCE'
  | 'RENEW_IQAMA'
  | 'RENEW_NATIONAL_ID'
  | 'RENEW_PASSPORT'
  | 'RENEW_VEHICLE_REGISTRATION'
  | 'REPLACE_DOCUMENT';

/** Why the sso module refused an input. Stable: clients may branch on it; the message is for people. */
export type SsoErrorCode =
  /** The current password is wrong. */
  | 'CURRENT_PASSWORD_WRONG'
  /** This e-mail address is not valid. */
  | 'EMAIL_INVALID'
  /** The e-mail confirmation does not match. */
  | 'EMAIL_MISMATCH'
  /** To protect your account, confirm it is you with your password and an SMS code first (valid for 10 minutes), then try again. */
  | 'REAUTHENTICATION_REQUIRED'
  /** National single sign-on is not available on this portal. */
  | 'SSO_DISABLED'
  /** Your account is not linked to national single sign-on. */
  | 'SSO_NOT_LINKED'
  /** Your national single sign-on step has expired or is no longer valid. Start the national single sign-on again. */
  | 'SSO_TOKEN_INVALID'
  /** You must accept the terms of use and the privacy policy. */
  | 'TERMS_NOT_ACCEPTED'
  /** The user name must be 4 to 20 English characters, start with a letter, may contain digits, . _ and -, and must not be your ID number. */
  | 'USERNAME_INVALID'
  /** This user name is taken. Choose another. */
  | 'USERNAME_TAKEN';

/** What is left to do after a national single sign-on that did not sign the person in at once. */
export type SsoPendingKind =
  /** An account exists but was never linked to SSO: `linkSso` with its password, once, links it. */
  | 'LINK'
  /** No account for this ID yet: `completeSsoRegistration` opens one (the short registration). */
  | 'REGISTER';

/** Recovery through an office, step 1: who you are, the code the office gave you, and your new mobile. */
export type StartOfficeAccountRecoveryInput = {
  /** National ID or iqama number; Arabic-Indic digits and spaces are accepted. */
  nationalId: string;
  /** The new mobile, in any Saudi format: it must be one the telecom operators link to your ID. The SMS code goes to it. */
  newMobile: string;
  /** The 8-digit recovery code the officer gave you (valid 30 minutes, 5 tries); Arabic-Indic digits are accepted. */
  recoveryCode: string;
};

/** Recovery through the national single sign-on, step 1: the proof from the return page and your new mobile. */
export type StartSsoAccountRecoveryInput = {
  /** The new mobile, in any Saudi format: it must be one the telecom operators link to your ID. The SMS code goes to it. */
  newMobile: string;
  /** The token from the page fragment `/recover/sso#token=…` (valid 15 minutes). */
  token: string;
};

/** Why a request was rejected (a rule of its service, checked again when its bill was paid) or cancelled. Stable: clients may branch on it; `reason` is for people. */
export type StatusReasonCode =
  /** Your national address is outside the delivery area or incomplete. Update your national address, or visit a Civil Affairs office. */
  | 'ADDRESS_NOT_DELIVERABLE'
  /** Violation N was already disputed and decided; a second dispute of it is not accepted. You can pay it or visit the traffic department. */
  | 'ALREADY_DISPUTED'
  /** The bill was not paid in time. */
  | 'BILL_EXPIRED'
  /** Cancelled by the applicant. */
  | 'CANCELLED_BY_APPLICANT'
  /** N of your disputes were dismissed this Hijri year, the most allowed. You can dispute again from the Hijri year N, or visit the traffic department. */
  | 'DISPUTES_LIMIT_REACHED'
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
  /** This document has expired or is no longer in force, so it is not replaced as damaged. Renew it instead. */
  | 'EXPIRED_RENEW_INSTEAD'
  /** The vehicle's periodic inspection has expired. Have it inspected, then try again. */
  | 'INSPECTION_EXPIRED'
  /** The vehicle's insurance has expired. Renew it with an insurer, then try again. */
  | 'INSURANCE_EXPIRED'
  /** Choose one of the values offered: N. */
  | 'INVALID_CHOICE'
  /** This period is not offered for this service. Choose from: N. */
  | 'INVALID_PERIOD'
  /** The beneficiary's iqama has expired. Renew the iqama first. */
  | 'IQAMA_EXPIRED'
  /** The beneficiary's iqama was reported lost, so it cannot be used for this service. Get a replacement iqama first. */
  | 'IQAMA_REPORTED_LOST'
  /** A visa cannot run past the end of the iqama (N). Choose fewer months, or renew the iqama first. */
  | 'IQAMA_TOO_SHORT'
  /** There is no valid medical check on file. Have the medical check done at an approved centre, then try again. */
  | 'MEDICAL_CHECK_MISSING'
  /** This service is not available for this beneficiary (check who it is for: citizen or resident, yourself or a dependent). Choose the right service or beneficiary. */
  | 'NOT_ELIGIBLE'
  /** This document has not been reported lost. Report it lost first, from the documents page, then ask for the replacement. */
  | 'NOT_REPORTED_LOST'
  /** This person is not one of your registered dependents. Choose yourself or someone from your list of dependents. */
  | 'NOT_YOUR_DEPENDENT'
  /** No vehicle with this plate is registered to you. Choose one from your vehicles. */
  | 'NOT_YOUR_VEHICLE'
  /** The beneficiary has no exit re-entry visa in force to extend. Ask for a new visa instead. */
  | 'NO_VISA_TO_EXTEND'
  /** The beneficiary is outside the Kingdom. This service is available once they are inside it. */
  | 'OUTSIDE_KINGDOM'
  /** The beneficiary's passport has expired. Renew it at their embassy and have it updated. */
  | 'PASSPORT_EXPIRED'
  /** The beneficiary's passport was reported lost, so it cannot be used for this service. Get a new one from their embassy and have it updated. */
  | 'PASSPORT_REPORTED_LOST'
  /** There is no photo taken within the last 6 months on file. Update your photo at a Civil Affairs office, then try again. */
  | 'PHOTO_OUTDATED'
  /** Write the reason for the dispute in N to N characters. */
  | 'REASON_INVALID'
  /** The vehicle's registration has expired. Renew the registration first. */
  | 'REGISTRATION_EXPIRED'
  /** This card was reported lost, so it is not renewed: ask for a replacement with the "Replace a lost or damaged card" service. */
  | 'REPLACE_LOST_INSTEAD'
  /** E-services are suspended for this ID. Visit an office to find out why. */
  | 'SERVICES_SUSPENDED'
  /** You are outside the Kingdom: your sponsor extends your visa, from their account. */
  | 'SPONSOR_EXTENDS_ABROAD'
  /** A final exit visa for a sponsored resident is issued by the sponsor, from the sponsor's account. Ask your sponsor to issue it. */
  | 'SPONSOR_ISSUES_FINAL_EXIT'
  /** It is too early to renew. You can renew from N. */
  | 'TOO_EARLY_TO_RENEW'
  /** The beneficiary has a travel ban. Contact the authority that issued it. */
  | 'TRAVEL_BAN'
  /** There are unpaid traffic violations (N). Pay them from the violations service, then try again. */
  | 'UNPAID_VIOLATIONS'
  /** A vehicle is registered in the beneficiary's name (N). Transfer or deregister it first. */
  | 'VEHICLE_REGISTERED'
  /** The vehicle is reported (stolen or wanted), so nobody can be authorised to drive it. Contact the traffic department. */
  | 'VEHICLE_REPORTED'
  /** Violation N is already paid or cancelled: nothing more is needed. */
  | 'VIOLATION_ALREADY_PAID'
  /** Violation N is not among your violations. Choose from your list of violations. */
  | 'VIOLATION_NOT_FOUND'
  /** The beneficiary already holds a valid visa of this kind. Use it or wait until it expires. */
  | 'VISA_ALREADY_VALID'
  /** The visa was cancelled before it was used; its fee is refunded. */
  | 'VISA_CANCELLED_UNUSED'
  /** This visa cannot be cancelled: its holder is outside the Kingdom on it. A visa can be cancelled only before it is used. */
  | 'VISA_IN_USE'
  /** This visa cannot be cancelled: it is no longer in force (expired or already cancelled). */
  | 'VISA_NOT_CANCELLABLE';

/** New channels for some topics; the topics left out keep theirs. */
export type UpdateNotificationPreferencesInput = {
  /** At least one topic, each at most once. */
  preferences: Array<NotificationPreferenceInput>;
};

/** Why the vehiclesale module refused an input. Stable: clients may branch on it; the message is for people. */
export type VehicleSaleErrorCode =
  /** Enter a valid 10-digit national ID or iqama number. */
  | 'BUYER_ID_INVALID'
  /** You cannot sell your vehicle to yourself. */
  | 'BUYER_IS_SELLER'
  /** A resident may own at most N vehicles. */
  | 'BUYER_VEHICLE_LIMIT'
  /** This vehicle already has an open sale offer. Cancel it first to make a new one. */
  | 'OFFER_ALREADY_OPEN'
  /** The owner's services are suspended, so the vehicle cannot be sold. */
  | 'OWNER_SERVICES_SUSPENDED'
  /** The highest price is SAR N. */
  | 'PRICE_TOO_HIGH'
  /** The lowest price is SAR N. */
  | 'PRICE_TOO_LOW'
  /** The sale has been paid, so it cannot be cancelled. */
  | 'SALE_ALREADY_PAID'
  /** This sale is no longer open. */
  | 'SALE_CLOSED'
  /** This sale is not among yours. */
  | 'SALE_NOT_FOUND'
  /** The vehicle has unpaid violations. Pay them first. */
  | 'VEHICLE_HAS_UNPAID_VIOLATIONS'
  /** No vehicle with this plate is registered in the seller's name. */
  | 'VEHICLE_NOT_FOUND';

/** A vehicle sale to act on. */
export type VehicleSaleInput = {
  /** The sale (`VehicleSale.id`). */
  saleId: string | number;
};

/** Your side of a vehicle sale. */
export type VehicleSaleRole =
  /** The vehicle was offered to you. */
  | 'BUYER'
  /** You offered the vehicle. */
  | 'SELLER';

/** Where a vehicle sale stands. */
export type VehicleSaleStatus =
  /** Accepted by the buyer; waiting for the escrow bill to be paid (until `payBy`). */
  | 'AWAITING_PAYMENT'
  /** Cancelled before payment by either side, declined by the buyer, or its bill was not paid in time (`reasonCode`). */
  | 'CANCELLED'
  /** Paid: the vehicle is the buyer's and the price is owed to the seller (`payout`). */
  | 'COMPLETED'
  /** Offered by the seller; waiting for the buyer to accept or decline. */
  | 'OFFERED'
  /** Paid, then refused because a rule no longer held (`reasonCode`): the escrow bill is refunded in full. */
  | 'REJECTED';

/** What the traffic registry records about a vehicle beyond its dates. */
export type VehicleStatus =
  /** Nothing reported. */
  | 'ACTIVE'
  /** Reported stolen or wanted: nobody can be authorised to drive it. */
  | 'REPORTED';

/** A code received by SMS for a challenge. */
export type VerifyCodeInput = {
  /** The challenge the code was sent for. */
  challengeId: string | number;
  /** The 6-digit code from the SMS; Arabic-Indic digits are accepted. */
  code: string;
};

/** What a traffic violation was for. */
export type ViolationType =
  /** Driving a vehicle whose registration (istimara) has expired. */
  | 'EXPIRED_REGISTRATION'
  /** Holding a mobile phone while driving. */
  | 'MOBILE_PHONE'
  /** Not wearing a seat belt. */
  | 'NO_SEATBELT'
  /** Another violation of the traffic law. */
  | 'OTHER'
  /** Parking where it is not allowed. */
  | 'PARKING'
  /** Crossing a red traffic light. */
  | 'RED_LIGHT'
  /** Driving over the speed limit. */
  | 'SPEEDING';

/** What a wallet card is: a document the registry holds, or a vehicle registration. */
export type WalletCardType =
  /** Driving licence. */
  | 'DRIVING_LICENCE'
  /** Exit re-entry visa. */
  | 'EXIT_REENTRY_VISA'
  /** Final exit visa. */
  | 'FINAL_EXIT_VISA'
  /** Residence permit (residents). */
  | 'IQAMA'
  /** National ID card (citizens). */
  | 'NATIONAL_ID'
  /** Saudi passport. */
  | 'PASSPORT'
  /** Vehicle registration (istimara) of a vehicle registered in the holder’s name. */
  | 'VEHICLE_REGISTRATION';

/** Why the wallet module refused an input. Stable: clients may branch on it; the message is for people. */
export type WalletErrorCode =
  /** This document has been cancelled, so no offline copy is issued for it. */
  | 'CARD_CANCELLED'
  /** This document has expired, so no offline copy is issued for it. Renew it first. */
  | 'CARD_EXPIRED'
  /** This document has been reported lost, so no offline copy is issued for it. Request a replacement. */
  | 'CARD_LOST'
  /** This card is not among your documents or those of the people you act for. */
  | 'CARD_NOT_FOUND'
  /** A new document has replaced this one; an offline copy is issued only for the document in force. */
  | 'CARD_REPLACED';

export type AppointmentFieldsFragment = { id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: AppointmentServiceCode, service: { code: AppointmentServiceCode, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } };

export type AppointmentServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentServicesQuery = { appointmentServices: { nodes: Array<{ code: AppointmentServiceCode, nameAr: string, nameEn: string, description: string, descriptionAr: string, descriptionEn: string, category: OfficeCategory }> } };

export type AppointmentSlotsQueryVariables = Exact<{
  officeId: string | number;
  serviceCode: AppointmentServiceCode;
}>;


export type AppointmentSlotsQuery = { appointmentSlots: { nodes: Array<{ startsAt: string, endsAt: string, available: boolean, remaining: number }> } };

export type BookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type BookAppointmentMutation = { bookAppointment: { appointment: { id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: AppointmentServiceCode, service: { code: AppointmentServiceCode, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } } | null, errors: Array<{ field: string | null, code: AppointmentErrorCode, message: string }> } };

export type CancelAppointmentMutationVariables = Exact<{
  input: CancelAppointmentInput;
}>;


export type CancelAppointmentMutation = { cancelAppointment: { appointment: { id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: AppointmentServiceCode, service: { code: AppointmentServiceCode, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } } | null, errors: Array<{ field: string | null, code: AppointmentErrorCode, message: string }> } };

export type MyAppointmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAppointmentsQuery = { myAppointments: { nodes: Array<{ id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: AppointmentServiceCode, service: { code: AppointmentServiceCode, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } }> } };

export type OfficesQueryVariables = Exact<{
  category?: OfficeCategory | null | undefined;
}>;


export type OfficesQuery = { offices: { nodes: Array<{ id: string, nameAr: string, nameEn: string, city: string, cityAr: string, addressAr: string, addressEn: string, category: OfficeCategory }> } };

export type RescheduleAppointmentMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type RescheduleAppointmentMutation = { rescheduleAppointment: { appointment: { id: string, status: AppointmentStatus, startsAt: string, endsAt: string, serviceCode: AppointmentServiceCode, service: { code: AppointmentServiceCode, nameAr: string, nameEn: string, category: OfficeCategory }, office: { id: string, nameAr: string, nameEn: string, cityAr: string, city: string, addressAr: string, addressEn: string } } | null, errors: Array<{ field: string | null, code: AppointmentErrorCode, message: string }> } };

export type AuthorisationFieldsFragment = { id: string, kind: AuthorisationKind, status: AuthorisationStatus, yourRole: AuthorisationRole, grantorId: string, grantorName: string, delegateId: string, delegateName: string, services: Array<ServiceCode>, plate: string | null, startsOn: string, endsOn: string, createdAt: string };

export type MyAuthorisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAuthorisationsQuery = { myAuthorisations: { nodes: Array<{ id: string, kind: AuthorisationKind, status: AuthorisationStatus, yourRole: AuthorisationRole, grantorId: string, grantorName: string, delegateId: string, delegateName: string, services: Array<ServiceCode>, plate: string | null, startsOn: string, endsOn: string, createdAt: string }> } };

export type DelegableServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DelegableServicesQuery = { services: { nodes: Array<{ code: ServiceCode, nameAr: string, nameEn: string, delegable: boolean }> } };

export type GrantAuthorisationMutationVariables = Exact<{
  input: GrantAuthorisationInput;
}>;


export type GrantAuthorisationMutation = { grantAuthorisation: { authorisation: { id: string, kind: AuthorisationKind, status: AuthorisationStatus, yourRole: AuthorisationRole, grantorId: string, grantorName: string, delegateId: string, delegateName: string, services: Array<ServiceCode>, plate: string | null, startsOn: string, endsOn: string, createdAt: string } | null, errors: Array<{ field: string | null, code: AuthorisationErrorCode, message: string }> } };

export type AcceptAuthorisationMutationVariables = Exact<{
  input: AuthorisationInput;
}>;


export type AcceptAuthorisationMutation = { acceptAuthorisation: { authorisation: { id: string, kind: AuthorisationKind, status: AuthorisationStatus, yourRole: AuthorisationRole, grantorId: string, grantorName: string, delegateId: string, delegateName: string, services: Array<ServiceCode>, plate: string | null, startsOn: string, endsOn: string, createdAt: string } | null, errors: Array<{ field: string | null, code: AuthorisationErrorCode, message: string }> } };

export type DeclineAuthorisationMutationVariables = Exact<{
  input: AuthorisationInput;
}>;


export type DeclineAuthorisationMutation = { declineAuthorisation: { authorisation: { id: string, kind: AuthorisationKind, status: AuthorisationStatus, yourRole: AuthorisationRole, grantorId: string, grantorName: string, delegateId: string, delegateName: string, services: Array<ServiceCode>, plate: string | null, startsOn: string, endsOn: string, createdAt: string } | null, errors: Array<{ field: string | null, code: AuthorisationErrorCode, message: string }> } };

export type RevokeAuthorisationMutationVariables = Exact<{
  input: AuthorisationInput;
}>;


export type RevokeAuthorisationMutation = { revokeAuthorisation: { authorisation: { id: string, kind: AuthorisationKind, status: AuthorisationStatus, yourRole: AuthorisationRole, grantorId: string, grantorName: string, delegateId: string, delegateName: string, services: Array<ServiceCode>, plate: string | null, startsOn: string, endsOn: string, createdAt: string } | null, errors: Array<{ field: string | null, code: AuthorisationErrorCode, message: string }> } };

export type AuthorizeDriverMutationVariables = Exact<{
  input: AuthorizeDriverInput;
  actingFor?: string | null | undefined;
}>;


export type AuthorizeDriverMutation = { authorizeDriver: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type CancelExitReentryVisaMutationVariables = Exact<{
  input: CancelExitReentryVisaInput;
}>;


export type CancelExitReentryVisaMutation = { cancelExitReentryVisa: { request: { reference: string, status: RequestStatus, bill: { number: string, status: BillStatus, amount: { halalas: number } } | null } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type CancelServiceRequestMutationVariables = Exact<{
  input: CancelServiceRequestInput;
}>;


export type CancelServiceRequestMutation = { cancelServiceRequest: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type DecideDisputeMutationVariables = Exact<{
  input: DecideDisputeInput;
}>;


export type DecideDisputeMutation = { decideDispute: { violation: { number: string, disputeStatus: DisputeStatus, decidableInDevelopment: boolean } | null, errors: Array<{ field: string | null, code: DisputeErrorCode, message: string }> } };

export type DigitalIdQueryVariables = Exact<{ [key: string]: never; }>;


export type DigitalIdQuery = { digitalId: { qrSvg: string, issuedAt: string, expiresAt: string, photo: string | null, holder: { fullNameAr: string, fullNameEn: string, maskedNationalId: string, kind: PersonKind, nationality: string, dateOfBirth: string, documentType: DocumentType | null, documentExpiresOn: string | null } } };

export type DigitalIdOfflineCopyQueryVariables = Exact<{ [key: string]: never; }>;


export type DigitalIdOfflineCopyQuery = { digitalIdOfflineCopy: { offlineCopy: { token: string, qrSvg: string, issuedAt: string, expiresAt: string, photo: string | null, holder: { fullNameAr: string, fullNameEn: string, maskedNationalId: string, kind: PersonKind, nationality: string, dateOfBirth: string, documentType: DocumentType | null, documentExpiresOn: string | null } } | null, errors: Array<{ code: DigitalIdErrorCode, message: string }> } };

export type DisputeViolationMutationVariables = Exact<{
  input: DisputeViolationInput;
  actingFor?: string | null | undefined;
}>;


export type DisputeViolationMutation = { disputeViolation: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type ExtendExitReentryVisaMutationVariables = Exact<{
  input: ExtendExitReentryVisaInput;
  actingFor?: string | null | undefined;
}>;


export type ExtendExitReentryVisaMutation = { extendExitReentryVisa: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type BillFieldsFragment = { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> };

export type RequestFieldsFragment = { reference: string, status: RequestStatus, submittedAt: string, service: { code: ServiceCode, nameAr: string, nameEn: string }, beneficiary: { nationalId: string, fullNameAr: string, fullNameEn: string }, statusHistory: Array<{ status: RequestStatus, at: string, reason: string | null, reasonCode: StatusReasonCode | null }>, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null, result: { documentType: DocumentType | null, documentNumber: string | null, issuedOn: string | null, expiresOn: string | null, entryType: EntryType | null, months: number | null, plate: string | null, driverNationalId: string | null, violationNumbers: Array<string> | null, disputeStatus: DisputeStatus | null } | null };

export type HouseholdPersonFragment = { id: string, nationalId: string, kind: PersonKind, firstNameAr: string, firstNameEn: string, fullNameAr: string, fullNameEn: string, dateOfBirth: string, gender: Gender, relation: RelationKind | null, relationToYou: RelationToYou | null, offeredServices: Array<ServiceCode> | null };

export type HouseholdQueryVariables = Exact<{ [key: string]: never; }>;


export type HouseholdQuery = { me: { id: string, person: { id: string, nationalId: string, kind: PersonKind, firstNameAr: string, firstNameEn: string, fullNameAr: string, fullNameEn: string, dateOfBirth: string, gender: Gender, relation: RelationKind | null, relationToYou: RelationToYou | null, offeredServices: Array<ServiceCode> | null } } | null, myDependents: { nodes: Array<{ id: string, nationalId: string, kind: PersonKind, firstNameAr: string, firstNameEn: string, fullNameAr: string, fullNameEn: string, dateOfBirth: string, gender: Gender, relation: RelationKind | null, relationToYou: RelationToYou | null, offeredServices: Array<ServiceCode> | null }> } };

export type IssueExitReentryVisaMutationVariables = Exact<{
  input: IssueExitReentryVisaInput;
  actingFor?: string | null | undefined;
}>;


export type IssueExitReentryVisaMutation = { issueExitReentryVisa: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type IssueFinalExitVisaMutationVariables = Exact<{
  input: IssueFinalExitVisaInput;
  actingFor?: string | null | undefined;
}>;


export type IssueFinalExitVisaMutation = { issueFinalExitVisa: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type MyBillsQueryVariables = Exact<{
  status?: BillStatus | null | undefined;
}>;


export type MyBillsQuery = { myBills: { nodes: Array<{ number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> }> } };

export type MyDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDocumentsQuery = { myDocuments: { nodes: Array<{ id: string, status: DocumentStatus, type: DocumentType, number: string, nationalId: string, issuedOn: string, expiresOn: string, daysToExpiry: number, entryType: EntryType | null, holder: { id: string, firstNameAr: string, firstNameEn: string, fullNameAr: string, fullNameEn: string, gender: Gender, relation: RelationKind | null, relationToYou: RelationToYou | null, offeredServices: Array<ServiceCode> | null } }> } };

export type MyRequestsQueryVariables = Exact<{
  after?: string | null | undefined;
  status?: RequestStatus | null | undefined;
}>;


export type MyRequestsQuery = { myRequests: { edges: Array<{ cursor: string, node: { reference: string, status: RequestStatus, submittedAt: string, service: { code: ServiceCode, nameAr: string, nameEn: string }, beneficiary: { fullNameAr: string, fullNameEn: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MyVehiclesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVehiclesQuery = { myVehicles: { nodes: Array<{ plate: string, plateAr: string | null, make: string, model: string, year: number, registrationExpiresOn: string, insuranceExpiresOn: string | null, inspectionExpiresOn: string | null, authorizedDriverId: string | null, authorizedUntil: string | null, status: VehicleStatus }> } };

export type MyViolationsQueryVariables = Exact<{
  unpaidOnly?: boolean | null | undefined;
}>;


export type MyViolationsQuery = { myViolations: { nodes: Array<{ number: string, issuedOn: string, plate: string | null, plateAr: string | null, type: ViolationType | null, placeAr: string | null, placeEn: string | null, driver: string, paid: boolean, billed: boolean, disputeStatus: DisputeStatus, decidableInDevelopment: boolean, amount: { halalas: number, formatted: string } }> } };

export type PayBillMutationVariables = Exact<{
  input: PayBillInput;
}>;


export type PayBillMutation = { payBill: { bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null, errors: Array<{ field: string | null, code: PaymentErrorCode, message: string }> } };

export type PayViolationsMutationVariables = Exact<{
  input: PayViolationsInput;
  actingFor?: string | null | undefined;
}>;


export type PayViolationsMutation = { payViolations: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type RenewDrivingLicenceMutationVariables = Exact<{
  input: RenewDrivingLicenceInput;
  actingFor?: string | null | undefined;
}>;


export type RenewDrivingLicenceMutation = { renewDrivingLicence: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type RenewIqamaMutationVariables = Exact<{
  input: RenewIqamaInput;
  actingFor?: string | null | undefined;
}>;


export type RenewIqamaMutation = { renewIqama: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type RenewNationalIdMutationVariables = Exact<{
  input?: RenewNationalIdInput | null | undefined;
  actingFor?: string | null | undefined;
}>;


export type RenewNationalIdMutation = { renewNationalId: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type RenewPassportMutationVariables = Exact<{
  input: RenewPassportInput;
  actingFor?: string | null | undefined;
}>;


export type RenewPassportMutation = { renewPassport: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type RenewVehicleRegistrationMutationVariables = Exact<{
  input: RenewVehicleRegistrationInput;
  actingFor?: string | null | undefined;
}>;


export type RenewVehicleRegistrationMutation = { renewVehicleRegistration: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type ReplaceDocumentMutationVariables = Exact<{
  input: ReplaceDocumentInput;
  actingFor?: string | null | undefined;
}>;


export type ReplaceDocumentMutation = { replaceDocument: { request: { reference: string, status: RequestStatus } | null, errors: Array<{ field: string | null, code: RequestErrorCode, message: string }> } };

export type ReportDocumentLostMutationVariables = Exact<{
  input: ReportDocumentLostInput;
}>;


export type ReportDocumentLostMutation = { reportDocumentLost: { document: { id: string, status: DocumentStatus } | null, errors: Array<{ field: string | null, code: DocumentLifeErrorCode, message: string }> } };

export type RequestQueryVariables = Exact<{
  reference: string;
}>;


export type RequestQuery = { request: { reference: string, status: RequestStatus, submittedAt: string, refusalReasons: Array<{ code: RequestErrorCode, message: string }>, service: { code: ServiceCode, nameAr: string, nameEn: string }, beneficiary: { nationalId: string, fullNameAr: string, fullNameEn: string }, statusHistory: Array<{ status: RequestStatus, at: string, reason: string | null, reasonCode: StatusReasonCode | null }>, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null, result: { documentType: DocumentType | null, documentNumber: string | null, issuedOn: string | null, expiresOn: string | null, entryType: EntryType | null, months: number | null, plate: string | null, driverNationalId: string | null, violationNumbers: Array<string> | null, disputeStatus: DisputeStatus | null } | null } | null };

export type ServiceQueryVariables = Exact<{
  code: ServiceCode;
  beneficiaryNationalId?: string | null | undefined;
  years?: number | null | undefined;
  months?: number | null | undefined;
  entryType?: EntryType | null | undefined;
  documentType?: DocumentType | null | undefined;
  cause?: ReplacementCause | null | undefined;
  actingFor?: string | null | undefined;
}>;


export type ServiceQuery = { service: { code: ServiceCode, nameAr: string, nameEn: string, descriptionAr: string, descriptionEn: string, category: ServiceCategoryCode, feeDescriptionAr: string, feeDescriptionEn: string, forSelf: boolean, forDependents: boolean, audience: Array<PersonKind>, minimumAge: number, inputs: Array<{ name: string, label: string, required: boolean, type: string, allowedValues: Array<{ value: string, labelAr: string, labelEn: string }> | null }>, eligibility: { eligible: boolean, fee: { halalas: number, formatted: string } | null, reasons: Array<{ field: string | null, code: RequestErrorCode, message: string }> } | null } | null };

export type ServiceCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceCategoriesQuery = { serviceCategories: { nodes: Array<{ code: ServiceCategoryCode, nameAr: string, nameEn: string, serviceCount: number }> } };

export type ServicesQueryVariables = Exact<{
  category?: ServiceCategoryCode | null | undefined;
  search?: string | null | undefined;
}>;


export type ServicesQuery = { services: { nodes: Array<{ code: ServiceCode, nameAr: string, nameEn: string, descriptionAr: string, descriptionEn: string, category: ServiceCategoryCode, feeDescriptionAr: string, feeDescriptionEn: string, feeFrom: { halalas: number } | null }> } };

export type AuthOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthOptionsQuery = { authOptions: { captchaRequired: boolean, proofOfWorkRequired: boolean, ssoEnabled: boolean } };

export type ConfirmEmailMutationVariables = Exact<{
  input: ConfirmEmailInput;
}>;


export type ConfirmEmailMutation = { confirmEmail: { confirmed: boolean, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ConfirmEmailChangeMutationVariables = Exact<{
  input: ConfirmEmailChangeInput;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: { changed: boolean, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ChallengeFieldsFragment = { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string };

export type IdentityErrorFieldsFragment = { field: string | null, code: IdentityErrorCode, message: string };

export type SsoErrorFieldsFragment = { field: string | null, code: SsoErrorCode, message: string };

export type RequestErrorFieldsFragment = { field: string | null, code: RequestErrorCode, message: string };

export type PaymentErrorFieldsFragment = { field: string | null, code: PaymentErrorCode, message: string };

export type AppointmentErrorFieldsFragment = { field: string | null, code: AppointmentErrorCode, message: string };

export type NotificationErrorFieldsFragment = { field: string | null, code: NotificationErrorCode, message: string };

export type SessionAccountFragment = { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } };

export type AuthResultFragment = { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> };

export type SsoAuthResultFragment = { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: SsoErrorCode, message: string }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { captchaSpent: boolean, challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { email: string, emailVerified: boolean, ssoLinked: boolean, maskedMobile: string, createdAt: string, id: string, username: string, preferredLanguage: Language, person: { kind: PersonKind, dateOfBirth: string, gender: Gender, nationality: string, nationalId: string, fullNameAr: string, fullNameEn: string } } | null };

export type NewCaptchaMutationVariables = Exact<{ [key: string]: never; }>;


export type NewCaptchaMutation = { newCaptcha: { id: string, image: string, audioUrl: string, proofOfWork: string | null, expiresAt: string } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { captchaSpent: boolean, challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { captchaSpent: boolean, challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ResendCodeMutationVariables = Exact<{
  input: ResendCodeInput;
}>;


export type ResendCodeMutation = { resendCode: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { passwordChanged: boolean, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type VerifyLoginMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type VerifyLoginMutation = { verifyLogin: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type VerifyRegistrationMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type VerifyRegistrationMutation = { verifyRegistration: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number | null, unreadCount: number | null, errors: Array<{ field: string | null, code: NotificationErrorCode, message: string }> } };

export type NotificationPreferenceFieldsFragment = { topic: NotificationTopic, sms: boolean, email: boolean };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: { topics: Array<{ topic: NotificationTopic, sms: boolean, email: boolean }> } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { preferences: { topics: Array<{ topic: NotificationTopic, sms: boolean, email: boolean }> } | null, errors: Array<{ field: string | null, code: NotificationErrorCode, message: string }> } };

export type NotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, nodes: Array<{ id: string, kind: NotificationKind, titleAr: string, titleEn: string, bodyAr: string, bodyEn: string, link: string | null, reference: string | null, read: boolean, createdAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { notifications: { unreadCount: number } };

export type AccountRecoveryErrorFieldsFragment = { field: string | null, code: AccountRecoveryErrorCode, message: string };

export type AccountRecoveryOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountRecoveryOptionsQuery = { accountRecoveryOptions: { ssoUrl: string | null, officeCodeInDevelopment: boolean, officeCodeMinutes: number } };

export type StartOfficeAccountRecoveryMutationVariables = Exact<{
  input: StartOfficeAccountRecoveryInput;
}>;


export type StartOfficeAccountRecoveryMutation = { startOfficeAccountRecovery: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: AccountRecoveryErrorCode, message: string }> } };

export type StartSsoAccountRecoveryMutationVariables = Exact<{
  input: StartSsoAccountRecoveryInput;
}>;


export type StartSsoAccountRecoveryMutation = { startSsoAccountRecovery: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: AccountRecoveryErrorCode, message: string }> } };

export type CompleteAccountRecoveryMutationVariables = Exact<{
  input: CompleteAccountRecoveryInput;
}>;


export type CompleteAccountRecoveryMutation = { completeAccountRecovery: { recovered: boolean, maskedMobile: string | null, errors: Array<{ field: string | null, code: AccountRecoveryErrorCode, message: string }> } };

export type IssueOfficeRecoveryCodeInDevelopmentMutationVariables = Exact<{
  input: IssueOfficeRecoveryCodeInDevelopmentInput;
}>;


export type IssueOfficeRecoveryCodeInDevelopmentMutation = { issueOfficeRecoveryCodeInDevelopment: { code: string | null, expiresAt: string | null, errors: Array<{ field: string | null, code: AccountRecoveryErrorCode, message: string }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { loggedOut: boolean } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: { confirmationSent: boolean, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ChangeMobileMutationVariables = Exact<{
  input: ChangeMobileInput;
}>;


export type ChangeMobileMutation = { changeMobile: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type VerifyMobileChangeMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type VerifyMobileChangeMutation = { verifyMobileChange: { account: { id: string, maskedMobile: string } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { passwordChanged: boolean, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ChangePreferredLanguageMutationVariables = Exact<{
  input: ChangePreferredLanguageInput;
}>;


export type ChangePreferredLanguageMutation = { changePreferredLanguage: { account: { id: string, preferredLanguage: Language } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: { nodes: Array<{ id: string, device: string, deviceNameAr: string, deviceNameEn: string, clientAddress: string | null, createdAt: string, lastUsedAt: string, current: boolean }> } };

export type ReauthenticateMutationVariables = Exact<{
  input: ReauthenticateInput;
}>;


export type ReauthenticateMutation = { reauthenticate: { challenge: { id: string, expiresAt: string, maskedMobile: string, resendAvailableAt: string } | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type VerifyReauthenticationMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type VerifyReauthenticationMutation = { verifyReauthentication: { reauthenticatedUntil: string | null, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type ResendEmailConfirmationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendEmailConfirmationMutation = { resendEmailConfirmation: { sent: boolean, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type RevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeOtherSessionsMutation = { revokeOtherSessions: { revokedCount: number } };

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;


export type RevokeSessionMutation = { revokeSession: { revoked: boolean, errors: Array<{ field: string | null, code: IdentityErrorCode, message: string }> } };

export type UnlinkSsoMutationVariables = Exact<{ [key: string]: never; }>;


export type UnlinkSsoMutation = { unlinkSso: { unlinked: boolean, errors: Array<{ field: string | null, code: SsoErrorCode, message: string }> } };

export type CompleteSsoRegistrationMutationVariables = Exact<{
  input: CompleteSsoRegistrationInput;
}>;


export type CompleteSsoRegistrationMutation = { completeSsoRegistration: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: SsoErrorCode, message: string }> } };

export type LinkSsoMutationVariables = Exact<{
  input: LinkSsoInput;
}>;


export type LinkSsoMutation = { linkSso: { session: { accessToken: string, accessTokenExpiresAt: string } | null, account: { id: string, username: string, preferredLanguage: Language, person: { nationalId: string, fullNameAr: string, fullNameEn: string } } | null, errors: Array<{ field: string | null, code: SsoErrorCode, message: string }> } };

export type SsoPendingQueryVariables = Exact<{
  token: string;
}>;


export type SsoPendingQuery = { ssoPending: { kind: SsoPendingKind, firstName: string, maskedMobile: string, expiresAt: string } | null };

export type VehicleSaleFieldsFragment = { id: string, reference: string, plate: string, make: string, model: string, year: number, buyerId: string, status: VehicleSaleStatus, yourRole: VehicleSaleRole, offeredAt: string, payBy: string | null, closedAt: string | null, reasonCode: string | null, reason: string | null, price: { halalas: number, formatted: string }, total: { halalas: number, formatted: string }, escrowItems: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }>, payout: { status: PayoutStatus, createdAt: string, amount: { halalas: number, formatted: string } } | null, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null };

export type MyVehicleSalesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVehicleSalesQuery = { myVehicleSales: { nodes: Array<{ id: string, reference: string, plate: string, make: string, model: string, year: number, buyerId: string, status: VehicleSaleStatus, yourRole: VehicleSaleRole, offeredAt: string, payBy: string | null, closedAt: string | null, reasonCode: string | null, reason: string | null, price: { halalas: number, formatted: string }, total: { halalas: number, formatted: string }, escrowItems: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }>, payout: { status: PayoutStatus, createdAt: string, amount: { halalas: number, formatted: string } } | null, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null }> } };

export type OfferVehicleSaleMutationVariables = Exact<{
  input: OfferVehicleSaleInput;
}>;


export type OfferVehicleSaleMutation = { offerVehicleSale: { sale: { id: string, reference: string, plate: string, make: string, model: string, year: number, buyerId: string, status: VehicleSaleStatus, yourRole: VehicleSaleRole, offeredAt: string, payBy: string | null, closedAt: string | null, reasonCode: string | null, reason: string | null, price: { halalas: number, formatted: string }, total: { halalas: number, formatted: string }, escrowItems: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }>, payout: { status: PayoutStatus, createdAt: string, amount: { halalas: number, formatted: string } } | null, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null } | null, errors: Array<{ field: string | null, code: VehicleSaleErrorCode, message: string }> } };

export type AcceptVehicleSaleMutationVariables = Exact<{
  input: VehicleSaleInput;
}>;


export type AcceptVehicleSaleMutation = { acceptVehicleSale: { sale: { id: string, reference: string, plate: string, make: string, model: string, year: number, buyerId: string, status: VehicleSaleStatus, yourRole: VehicleSaleRole, offeredAt: string, payBy: string | null, closedAt: string | null, reasonCode: string | null, reason: string | null, price: { halalas: number, formatted: string }, total: { halalas: number, formatted: string }, escrowItems: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }>, payout: { status: PayoutStatus, createdAt: string, amount: { halalas: number, formatted: string } } | null, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null } | null, errors: Array<{ field: string | null, code: VehicleSaleErrorCode, message: string }> } };

export type CancelVehicleSaleMutationVariables = Exact<{
  input: VehicleSaleInput;
}>;


export type CancelVehicleSaleMutation = { cancelVehicleSale: { sale: { id: string, reference: string, plate: string, make: string, model: string, year: number, buyerId: string, status: VehicleSaleStatus, yourRole: VehicleSaleRole, offeredAt: string, payBy: string | null, closedAt: string | null, reasonCode: string | null, reason: string | null, price: { halalas: number, formatted: string }, total: { halalas: number, formatted: string }, escrowItems: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }>, payout: { status: PayoutStatus, createdAt: string, amount: { halalas: number, formatted: string } } | null, bill: { number: string, status: BillStatus, issuedAt: string, dueAt: string, paidAt: string | null, requestReference: string, link: string, refund: { status: RefundStatus, completedAt: string | null, gatewayReference: string | null } | null, amount: { halalas: number, formatted: string }, items: Array<{ code: string, label: string, amount: { halalas: number, formatted: string } }> } | null } | null, errors: Array<{ field: string | null, code: VehicleSaleErrorCode, message: string }> } };

export type WalletCardViewFragment = { cardId: string, type: WalletCardType, number: string | null, issuedOn: string | null, expiresOn: string, status: DocumentStatus, holderNameAr: string, holderNameEn: string, holderMaskedNationalId: string, plate: string | null };

export type WalletCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletCardsQuery = { walletCards: Array<{ cardId: string, type: WalletCardType, number: string | null, issuedOn: string | null, expiresOn: string, status: DocumentStatus, holderNameAr: string, holderNameEn: string, holderMaskedNationalId: string, plate: string | null }> };

export type WalletCardCodeQueryVariables = Exact<{
  cardId: string | number;
}>;


export type WalletCardCodeQuery = { walletCardCode: { code: { token: string, qrSvg: string, issuedAt: string, expiresAt: string } | null, errors: Array<{ code: WalletErrorCode, field: string | null, message: string }> } };

export type WalletOfflineCopiesQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletOfflineCopiesQuery = { walletOfflineCopies: Array<{ token: string, qrSvg: string, issuedAt: string, expiresAt: string, card: { cardId: string, type: WalletCardType, number: string | null, issuedOn: string | null, expiresOn: string, status: DocumentStatus, holderNameAr: string, holderNameEn: string, holderMaskedNationalId: string, plate: string | null } }> };

export type CardDeliveryViewFragment = { id: string, trackingNumber: string, cardType: WalletCardType, cardNumber: string | null, plate: string | null, status: DeliveryStatus, billNumber: string | null, address: string, createdAt: string, payBy: string, orderedAt: string | null, printedAt: string | null, outForDeliveryAt: string | null, deliveredAt: string | null, advanceableInDevelopment: boolean };

export type MyCardDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCardDeliveriesQuery = { myCardDeliveries: Array<{ id: string, trackingNumber: string, cardType: WalletCardType, cardNumber: string | null, plate: string | null, status: DeliveryStatus, billNumber: string | null, address: string, createdAt: string, payBy: string, orderedAt: string | null, printedAt: string | null, outForDeliveryAt: string | null, deliveredAt: string | null, advanceableInDevelopment: boolean }> };

export type OrderCardDeliveryMutationVariables = Exact<{
  input: OrderCardDeliveryInput;
}>;


export type OrderCardDeliveryMutation = { orderCardDelivery: { delivery: { id: string, trackingNumber: string, cardType: WalletCardType, cardNumber: string | null, plate: string | null, status: DeliveryStatus, billNumber: string | null, address: string, createdAt: string, payBy: string, orderedAt: string | null, printedAt: string | null, outForDeliveryAt: string | null, deliveredAt: string | null, advanceableInDevelopment: boolean } | null, errors: Array<{ code: CardDeliveryErrorCode, field: string | null, message: string }> } };

export type AdvanceCardDeliveryMutationVariables = Exact<{
  input: AdvanceCardDeliveryInput;
}>;


export type AdvanceCardDeliveryMutation = { advanceCardDeliveryInDevelopment: { delivery: { id: string, trackingNumber: string, cardType: WalletCardType, cardNumber: string | null, plate: string | null, status: DeliveryStatus, billNumber: string | null, address: string, createdAt: string, payBy: string, orderedAt: string | null, printedAt: string | null, outForDeliveryAt: string | null, deliveredAt: string | null, advanceableInDevelopment: boolean } | null, errors: Array<{ code: CardDeliveryErrorCode, field: string | null, message: string }> } };

export const AppointmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cityAr"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"addressAr"}},{"kind":"Field","name":{"kind":"Name","value":"addressEn"}}]}}]}}]} as unknown as DocumentNode<AppointmentFieldsFragment, unknown>;
export const AuthorisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"yourRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantorId"}},{"kind":"Field","name":{"kind":"Name","value":"grantorName"}},{"kind":"Field","name":{"kind":"Name","value":"delegateId"}},{"kind":"Field","name":{"kind":"Name","value":"delegateName"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AuthorisationFieldsFragment, unknown>;
export const BillFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<BillFieldsFragment, unknown>;
export const RequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"driverNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"violationNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"disputeStatus"}}]}}]}}]} as unknown as DocumentNode<RequestFieldsFragment, unknown>;
export const HouseholdPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"firstNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relationToYou"}},{"kind":"Field","name":{"kind":"Name","value":"offeredServices"}}]}}]} as unknown as DocumentNode<HouseholdPersonFragment, unknown>;
export const ChallengeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobile"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}}]} as unknown as DocumentNode<ChallengeFieldsFragment, unknown>;
export const RequestErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RequestErrorFieldsFragment, unknown>;
export const PaymentErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PaymentErrorFieldsFragment, unknown>;
export const AppointmentErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppointmentErrorFieldsFragment, unknown>;
export const NotificationErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<NotificationErrorFieldsFragment, unknown>;
export const SessionAccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}}]} as unknown as DocumentNode<SessionAccountFragment, unknown>;
export const IdentityErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<IdentityErrorFieldsFragment, unknown>;
export const AuthResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AuthResultFragment, unknown>;
export const SsoErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SsoErrorFieldsFragment, unknown>;
export const SsoAuthResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoAuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SsoErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"fullNameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SsoAuthResultFragment, unknown>;
export const NotificationPreferenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<NotificationPreferenceFieldsFragment, unknown>;
export const AccountRecoveryErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRecoveryErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRecoveryError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AccountRecoveryErrorFieldsFragment, unknown>;
export const VehicleSaleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleSale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"buyerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"yourRole"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escrowItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestReference"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halalas"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleSaleFieldsFragment, unknown>;
export const WalletCardViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletCardView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"holderNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"holderMaskedNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}}]} as unknown as DocumentNode<WalletCardViewFragment, unknown>;
export const CardDeliveryViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardDeliveryView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardDeliveryView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"payBy"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"printedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outForDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"advanceableInDevelopment"}}]}}]} as unknown as DocumentNode<CardDeliveryViewFragment, unknown>;
