/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AppointmentFields on Appointment {\n  id\n  status\n  startsAt\n  endsAt\n  serviceCode\n  service {\n    code\n    nameAr\n    nameEn\n    category\n  }\n  office {\n    id\n    nameAr\n    nameEn\n    cityAr\n    city\n    addressAr\n    addressEn\n  }\n}": typeof types.AppointmentFieldsFragmentDoc,
    "query AppointmentServices {\n  appointmentServices {\n    code\n    nameAr\n    nameEn\n    description\n    category\n  }\n}": typeof types.AppointmentServicesDocument,
    "query AppointmentSlots($officeId: ID!, $serviceCode: String!) {\n  appointmentSlots(officeId: $officeId, serviceCode: $serviceCode) {\n    startsAt\n    endsAt\n    available\n    remaining\n  }\n}": typeof types.AppointmentSlotsDocument,
    "mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.BookAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.CancelAppointmentDocument,
    "query MyAppointments {\n  myAppointments {\n    ...AppointmentFields\n  }\n}": typeof types.MyAppointmentsDocument,
    "query Offices($category: OfficeCategory) {\n  offices(category: $category) {\n    id\n    nameAr\n    nameEn\n    city\n    cityAr\n    addressAr\n    addressEn\n    category\n  }\n}": typeof types.OfficesDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RescheduleAppointmentDocument,
    "mutation AuthorizeDriver($input: AuthorizeDriverInput!) {\n  authorizeDriver(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.AuthorizeDriverDocument,
    "mutation CancelServiceRequest($input: CancelServiceRequestInput!) {\n  cancelServiceRequest(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.CancelServiceRequestDocument,
    "query DigitalId {\n  digitalId {\n    qrSvg\n    issuedAt\n    expiresAt\n    holder {\n      fullNameAr\n      fullNameEn\n      maskedNationalId\n      kind\n      nationality\n      dateOfBirth\n      documentType\n      documentExpiresOn\n    }\n  }\n}": typeof types.DigitalIdDocument,
    "mutation DisputeViolation($input: DisputeViolationInput!) {\n  disputeViolation(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.DisputeViolationDocument,
    "fragment BillFields on Bill {\n  number\n  status\n  issuedAt\n  dueAt\n  paidAt\n  requestReference\n  amount {\n    halalas\n    formatted\n  }\n  items {\n    code\n    label\n    amount {\n      halalas\n      formatted\n    }\n  }\n}\n\nfragment RequestFields on ServiceRequest {\n  reference\n  status\n  submittedAt\n  service {\n    code\n    nameAr\n    nameEn\n  }\n  beneficiary {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n  statusHistory {\n    status\n    at\n    reason\n    reasonCode\n  }\n  bill {\n    number\n    status\n    issuedAt\n    dueAt\n    paidAt\n    requestReference\n    amount {\n      halalas\n      formatted\n    }\n    items {\n      code\n      label\n      amount {\n        halalas\n        formatted\n      }\n    }\n  }\n  result {\n    documentType\n    documentNumber\n    issuedOn\n    expiresOn\n    entryType\n    months\n    plate\n    driverNationalId\n    violationNumbers\n    disputeStatus\n  }\n}": typeof types.BillFieldsFragmentDoc,
    "mutation IssueExitReentryVisa($input: IssueExitReentryVisaInput!) {\n  issueExitReentryVisa(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.IssueExitReentryVisaDocument,
    "mutation IssueFinalExitVisa($input: IssueFinalExitVisaInput!) {\n  issueFinalExitVisa(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.IssueFinalExitVisaDocument,
    "query MyBills($status: BillStatus) {\n  myBills(status: $status) {\n    ...BillFields\n  }\n}": typeof types.MyBillsDocument,
    "query MyDependents {\n  myDependents {\n    nationalId\n    kind\n    fullNameAr\n    fullNameEn\n    dateOfBirth\n    gender\n    nationality\n  }\n}": typeof types.MyDependentsDocument,
    "query MyDocuments {\n  myDocuments {\n    type\n    number\n    nationalId\n    issuedOn\n    expiresOn\n    daysToExpiry\n    entryType\n  }\n}": typeof types.MyDocumentsDocument,
    "query MyRequests($after: String, $status: RequestStatus) {\n  myRequests(first: 20, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        reference\n        status\n        submittedAt\n        service {\n          code\n          nameAr\n          nameEn\n        }\n        beneficiary {\n          fullNameAr\n          fullNameEn\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.MyRequestsDocument,
    "query MyVehicles {\n  myVehicles {\n    plate\n    make\n    model\n    year\n    registrationExpiresOn\n    insuranceExpiresOn\n    inspectionExpiresOn\n    authorizedDriverId\n    authorizedUntil\n  }\n}": typeof types.MyVehiclesDocument,
    "query MyViolations($unpaidOnly: Boolean) {\n  myViolations(unpaidOnly: $unpaidOnly) {\n    number\n    issuedOn\n    plate\n    driver\n    paid\n    billed\n    disputeStatus\n    amount {\n      halalas\n      formatted\n    }\n  }\n}": typeof types.MyViolationsDocument,
    "mutation PayBill($input: PayBillInput!) {\n  payBill(input: $input) {\n    bill {\n      ...BillFields\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.PayBillDocument,
    "mutation PayViolations($input: PayViolationsInput!) {\n  payViolations(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.PayViolationsDocument,
    "mutation RenewDrivingLicence($input: RenewDrivingLicenceInput!) {\n  renewDrivingLicence(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.RenewDrivingLicenceDocument,
    "mutation RenewIqama($input: RenewIqamaInput!) {\n  renewIqama(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.RenewIqamaDocument,
    "mutation RenewNationalId($input: RenewNationalIdInput) {\n  renewNationalId(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.RenewNationalIdDocument,
    "mutation RenewPassport($input: RenewPassportInput!) {\n  renewPassport(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.RenewPassportDocument,
    "mutation RenewVehicleRegistration($input: RenewVehicleRegistrationInput!) {\n  renewVehicleRegistration(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.RenewVehicleRegistrationDocument,
    "query Request($reference: String!) {\n  request(reference: $reference) {\n    ...RequestFields\n  }\n}": typeof types.RequestDocument,
    "query Service($code: ServiceCode!, $beneficiaryNationalId: String) {\n  service(code: $code) {\n    code\n    nameAr\n    nameEn\n    descriptionAr\n    descriptionEn\n    category\n    feeDescriptionAr\n    feeDescriptionEn\n    forSelf\n    forDependents\n    audience\n    minimumAge\n    inputs {\n      name\n      label\n      required\n      type\n    }\n    eligibility(beneficiaryNationalId: $beneficiaryNationalId) {\n      eligible\n      fee {\n        halalas\n        formatted\n      }\n      reasons {\n        ...UserErrorFields\n      }\n    }\n  }\n}": typeof types.ServiceDocument,
    "query ServiceCategories {\n  serviceCategories {\n    code\n    nameAr\n    nameEn\n    serviceCount\n  }\n}": typeof types.ServiceCategoriesDocument,
    "query Services($category: ServiceCategoryCode, $search: String) {\n  services(category: $category, search: $search) {\n    code\n    nameAr\n    nameEn\n    descriptionAr\n    descriptionEn\n    category\n    feeDescriptionAr\n    feeDescriptionEn\n  }\n}": typeof types.ServicesDocument,
    "query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}": typeof types.AuthOptionsDocument,
    "mutation ConfirmEmail($input: ConfirmEmailInput!) {\n  confirmEmail(input: $input) {\n    confirmed\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ConfirmEmailDocument,
    "mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n  confirmEmailChange(input: $input) {\n    changed\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ConfirmEmailChangeDocument,
    "fragment ChallengeFields on CodeChallenge {\n  id\n  expiresAt\n  maskedMobile\n  resendAvailableAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}\n\nfragment SessionAccount on Account {\n  id\n  username\n  preferredLanguage\n  person {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n}\n\nfragment AuthResult on AuthPayload {\n  session {\n    accessToken\n    accessTokenExpiresAt\n  }\n  account {\n    ...SessionAccount\n  }\n  errors {\n    ...UserErrorFields\n  }\n}": typeof types.ChallengeFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.LoginDocument,
    "query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    ssoLinked\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}": typeof types.MeDocument,
    "mutation NewCaptcha {\n  newCaptcha {\n    id\n    image\n    expiresAt\n  }\n}": typeof types.NewCaptchaDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RegisterDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ResendCodeDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ResetPasswordDocument,
    "mutation VerifyLogin($input: VerifyCodeInput!) {\n  verifyLogin(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.VerifyLoginDocument,
    "mutation VerifyRegistration($input: VerifyCodeInput!) {\n  verifyRegistration(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.VerifyRegistrationDocument,
    "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    marked\n    unreadCount\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.MarkNotificationsReadDocument,
    "query Notifications($after: String) {\n  notifications(first: 20, after: $after) {\n    unreadCount\n    nodes {\n      id\n      kind\n      titleAr\n      titleEn\n      bodyAr\n      bodyEn\n      link\n      reference\n      read\n      createdAt\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query UnreadCount {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}": typeof types.UnreadCountDocument,
    "mutation Logout {\n  logout {\n    loggedOut\n  }\n}": typeof types.LogoutDocument,
    "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.RefreshSessionDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ChangePasswordDocument,
    "mutation ChangePreferredLanguage($input: ChangePreferredLanguageInput!) {\n  changePreferredLanguage(input: $input) {\n    account {\n      id\n      preferredLanguage\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ChangePreferredLanguageDocument,
    "query MySessions {\n  mySessions {\n    id\n    device\n    clientAddress\n    createdAt\n    lastUsedAt\n    current\n  }\n}": typeof types.MySessionsDocument,
    "mutation Reauthenticate($input: ReauthenticateInput!) {\n  reauthenticate(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}\n\nmutation VerifyReauthentication($input: VerifyCodeInput!) {\n  verifyReauthentication(input: $input) {\n    reauthenticatedUntil\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ReauthenticateDocument,
    "mutation RevokeOtherSessions {\n  revokeOtherSessions {\n    revokedCount\n  }\n}": typeof types.RevokeOtherSessionsDocument,
    "mutation RevokeSession($input: RevokeSessionInput!) {\n  revokeSession(input: $input) {\n    revoked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RevokeSessionDocument,
    "mutation UnlinkSso {\n  unlinkSso {\n    unlinked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.UnlinkSsoDocument,
    "mutation CompleteSsoRegistration($input: CompleteSsoRegistrationInput!) {\n  completeSsoRegistration(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.CompleteSsoRegistrationDocument,
    "mutation LinkSso($input: LinkSsoInput!) {\n  linkSso(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.LinkSsoDocument,
    "query SsoPending($token: String!) {\n  ssoPending(token: $token) {\n    kind\n    firstName\n    maskedMobile\n    expiresAt\n  }\n}": typeof types.SsoPendingDocument,
};
const documents: Documents = {
    "fragment AppointmentFields on Appointment {\n  id\n  status\n  startsAt\n  endsAt\n  serviceCode\n  service {\n    code\n    nameAr\n    nameEn\n    category\n  }\n  office {\n    id\n    nameAr\n    nameEn\n    cityAr\n    city\n    addressAr\n    addressEn\n  }\n}": types.AppointmentFieldsFragmentDoc,
    "query AppointmentServices {\n  appointmentServices {\n    code\n    nameAr\n    nameEn\n    description\n    category\n  }\n}": types.AppointmentServicesDocument,
    "query AppointmentSlots($officeId: ID!, $serviceCode: String!) {\n  appointmentSlots(officeId: $officeId, serviceCode: $serviceCode) {\n    startsAt\n    endsAt\n    available\n    remaining\n  }\n}": types.AppointmentSlotsDocument,
    "mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.BookAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.CancelAppointmentDocument,
    "query MyAppointments {\n  myAppointments {\n    ...AppointmentFields\n  }\n}": types.MyAppointmentsDocument,
    "query Offices($category: OfficeCategory) {\n  offices(category: $category) {\n    id\n    nameAr\n    nameEn\n    city\n    cityAr\n    addressAr\n    addressEn\n    category\n  }\n}": types.OfficesDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.RescheduleAppointmentDocument,
    "mutation AuthorizeDriver($input: AuthorizeDriverInput!) {\n  authorizeDriver(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.AuthorizeDriverDocument,
    "mutation CancelServiceRequest($input: CancelServiceRequestInput!) {\n  cancelServiceRequest(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.CancelServiceRequestDocument,
    "query DigitalId {\n  digitalId {\n    qrSvg\n    issuedAt\n    expiresAt\n    holder {\n      fullNameAr\n      fullNameEn\n      maskedNationalId\n      kind\n      nationality\n      dateOfBirth\n      documentType\n      documentExpiresOn\n    }\n  }\n}": types.DigitalIdDocument,
    "mutation DisputeViolation($input: DisputeViolationInput!) {\n  disputeViolation(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.DisputeViolationDocument,
    "fragment BillFields on Bill {\n  number\n  status\n  issuedAt\n  dueAt\n  paidAt\n  requestReference\n  amount {\n    halalas\n    formatted\n  }\n  items {\n    code\n    label\n    amount {\n      halalas\n      formatted\n    }\n  }\n}\n\nfragment RequestFields on ServiceRequest {\n  reference\n  status\n  submittedAt\n  service {\n    code\n    nameAr\n    nameEn\n  }\n  beneficiary {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n  statusHistory {\n    status\n    at\n    reason\n    reasonCode\n  }\n  bill {\n    number\n    status\n    issuedAt\n    dueAt\n    paidAt\n    requestReference\n    amount {\n      halalas\n      formatted\n    }\n    items {\n      code\n      label\n      amount {\n        halalas\n        formatted\n      }\n    }\n  }\n  result {\n    documentType\n    documentNumber\n    issuedOn\n    expiresOn\n    entryType\n    months\n    plate\n    driverNationalId\n    violationNumbers\n    disputeStatus\n  }\n}": types.BillFieldsFragmentDoc,
    "mutation IssueExitReentryVisa($input: IssueExitReentryVisaInput!) {\n  issueExitReentryVisa(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.IssueExitReentryVisaDocument,
    "mutation IssueFinalExitVisa($input: IssueFinalExitVisaInput!) {\n  issueFinalExitVisa(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.IssueFinalExitVisaDocument,
    "query MyBills($status: BillStatus) {\n  myBills(status: $status) {\n    ...BillFields\n  }\n}": types.MyBillsDocument,
    "query MyDependents {\n  myDependents {\n    nationalId\n    kind\n    fullNameAr\n    fullNameEn\n    dateOfBirth\n    gender\n    nationality\n  }\n}": types.MyDependentsDocument,
    "query MyDocuments {\n  myDocuments {\n    type\n    number\n    nationalId\n    issuedOn\n    expiresOn\n    daysToExpiry\n    entryType\n  }\n}": types.MyDocumentsDocument,
    "query MyRequests($after: String, $status: RequestStatus) {\n  myRequests(first: 20, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        reference\n        status\n        submittedAt\n        service {\n          code\n          nameAr\n          nameEn\n        }\n        beneficiary {\n          fullNameAr\n          fullNameEn\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.MyRequestsDocument,
    "query MyVehicles {\n  myVehicles {\n    plate\n    make\n    model\n    year\n    registrationExpiresOn\n    insuranceExpiresOn\n    inspectionExpiresOn\n    authorizedDriverId\n    authorizedUntil\n  }\n}": types.MyVehiclesDocument,
    "query MyViolations($unpaidOnly: Boolean) {\n  myViolations(unpaidOnly: $unpaidOnly) {\n    number\n    issuedOn\n    plate\n    driver\n    paid\n    billed\n    disputeStatus\n    amount {\n      halalas\n      formatted\n    }\n  }\n}": types.MyViolationsDocument,
    "mutation PayBill($input: PayBillInput!) {\n  payBill(input: $input) {\n    bill {\n      ...BillFields\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.PayBillDocument,
    "mutation PayViolations($input: PayViolationsInput!) {\n  payViolations(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.PayViolationsDocument,
    "mutation RenewDrivingLicence($input: RenewDrivingLicenceInput!) {\n  renewDrivingLicence(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.RenewDrivingLicenceDocument,
    "mutation RenewIqama($input: RenewIqamaInput!) {\n  renewIqama(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.RenewIqamaDocument,
    "mutation RenewNationalId($input: RenewNationalIdInput) {\n  renewNationalId(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.RenewNationalIdDocument,
    "mutation RenewPassport($input: RenewPassportInput!) {\n  renewPassport(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.RenewPassportDocument,
    "mutation RenewVehicleRegistration($input: RenewVehicleRegistrationInput!) {\n  renewVehicleRegistration(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.RenewVehicleRegistrationDocument,
    "query Request($reference: String!) {\n  request(reference: $reference) {\n    ...RequestFields\n  }\n}": types.RequestDocument,
    "query Service($code: ServiceCode!, $beneficiaryNationalId: String) {\n  service(code: $code) {\n    code\n    nameAr\n    nameEn\n    descriptionAr\n    descriptionEn\n    category\n    feeDescriptionAr\n    feeDescriptionEn\n    forSelf\n    forDependents\n    audience\n    minimumAge\n    inputs {\n      name\n      label\n      required\n      type\n    }\n    eligibility(beneficiaryNationalId: $beneficiaryNationalId) {\n      eligible\n      fee {\n        halalas\n        formatted\n      }\n      reasons {\n        ...UserErrorFields\n      }\n    }\n  }\n}": types.ServiceDocument,
    "query ServiceCategories {\n  serviceCategories {\n    code\n    nameAr\n    nameEn\n    serviceCount\n  }\n}": types.ServiceCategoriesDocument,
    "query Services($category: ServiceCategoryCode, $search: String) {\n  services(category: $category, search: $search) {\n    code\n    nameAr\n    nameEn\n    descriptionAr\n    descriptionEn\n    category\n    feeDescriptionAr\n    feeDescriptionEn\n  }\n}": types.ServicesDocument,
    "query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}": types.AuthOptionsDocument,
    "mutation ConfirmEmail($input: ConfirmEmailInput!) {\n  confirmEmail(input: $input) {\n    confirmed\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ConfirmEmailDocument,
    "mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n  confirmEmailChange(input: $input) {\n    changed\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ConfirmEmailChangeDocument,
    "fragment ChallengeFields on CodeChallenge {\n  id\n  expiresAt\n  maskedMobile\n  resendAvailableAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}\n\nfragment SessionAccount on Account {\n  id\n  username\n  preferredLanguage\n  person {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n}\n\nfragment AuthResult on AuthPayload {\n  session {\n    accessToken\n    accessTokenExpiresAt\n  }\n  account {\n    ...SessionAccount\n  }\n  errors {\n    ...UserErrorFields\n  }\n}": types.ChallengeFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.LoginDocument,
    "query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    ssoLinked\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}": types.MeDocument,
    "mutation NewCaptcha {\n  newCaptcha {\n    id\n    image\n    expiresAt\n  }\n}": types.NewCaptchaDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.RegisterDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.RequestPasswordResetDocument,
    "mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ResendCodeDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ResetPasswordDocument,
    "mutation VerifyLogin($input: VerifyCodeInput!) {\n  verifyLogin(input: $input) {\n    ...AuthResult\n  }\n}": types.VerifyLoginDocument,
    "mutation VerifyRegistration($input: VerifyCodeInput!) {\n  verifyRegistration(input: $input) {\n    ...AuthResult\n  }\n}": types.VerifyRegistrationDocument,
    "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    marked\n    unreadCount\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.MarkNotificationsReadDocument,
    "query Notifications($after: String) {\n  notifications(first: 20, after: $after) {\n    unreadCount\n    nodes {\n      id\n      kind\n      titleAr\n      titleEn\n      bodyAr\n      bodyEn\n      link\n      reference\n      read\n      createdAt\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.NotificationsDocument,
    "query UnreadCount {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}": types.UnreadCountDocument,
    "mutation Logout {\n  logout {\n    loggedOut\n  }\n}": types.LogoutDocument,
    "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}": types.RefreshSessionDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ChangePasswordDocument,
    "mutation ChangePreferredLanguage($input: ChangePreferredLanguageInput!) {\n  changePreferredLanguage(input: $input) {\n    account {\n      id\n      preferredLanguage\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ChangePreferredLanguageDocument,
    "query MySessions {\n  mySessions {\n    id\n    device\n    clientAddress\n    createdAt\n    lastUsedAt\n    current\n  }\n}": types.MySessionsDocument,
    "mutation Reauthenticate($input: ReauthenticateInput!) {\n  reauthenticate(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}\n\nmutation VerifyReauthentication($input: VerifyCodeInput!) {\n  verifyReauthentication(input: $input) {\n    reauthenticatedUntil\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ReauthenticateDocument,
    "mutation RevokeOtherSessions {\n  revokeOtherSessions {\n    revokedCount\n  }\n}": types.RevokeOtherSessionsDocument,
    "mutation RevokeSession($input: RevokeSessionInput!) {\n  revokeSession(input: $input) {\n    revoked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.RevokeSessionDocument,
    "mutation UnlinkSso {\n  unlinkSso {\n    unlinked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.UnlinkSsoDocument,
    "mutation CompleteSsoRegistration($input: CompleteSsoRegistrationInput!) {\n  completeSsoRegistration(input: $input) {\n    ...AuthResult\n  }\n}": types.CompleteSsoRegistrationDocument,
    "mutation LinkSso($input: LinkSsoInput!) {\n  linkSso(input: $input) {\n    ...AuthResult\n  }\n}": types.LinkSsoDocument,
    "query SsoPending($token: String!) {\n  ssoPending(token: $token) {\n    kind\n    firstName\n    maskedMobile\n    expiresAt\n  }\n}": types.SsoPendingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AppointmentFields on Appointment {\n  id\n  status\n  startsAt\n  endsAt\n  serviceCode\n  service {\n    code\n    nameAr\n    nameEn\n    category\n  }\n  office {\n    id\n    nameAr\n    nameEn\n    cityAr\n    city\n    addressAr\n    addressEn\n  }\n}"): (typeof documents)["fragment AppointmentFields on Appointment {\n  id\n  status\n  startsAt\n  endsAt\n  serviceCode\n  service {\n    code\n    nameAr\n    nameEn\n    category\n  }\n  office {\n    id\n    nameAr\n    nameEn\n    cityAr\n    city\n    addressAr\n    addressEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentServices {\n  appointmentServices {\n    code\n    nameAr\n    nameEn\n    description\n    category\n  }\n}"): (typeof documents)["query AppointmentServices {\n  appointmentServices {\n    code\n    nameAr\n    nameEn\n    description\n    category\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentSlots($officeId: ID!, $serviceCode: String!) {\n  appointmentSlots(officeId: $officeId, serviceCode: $serviceCode) {\n    startsAt\n    endsAt\n    available\n    remaining\n  }\n}"): (typeof documents)["query AppointmentSlots($officeId: ID!, $serviceCode: String!) {\n  appointmentSlots(officeId: $officeId, serviceCode: $serviceCode) {\n    startsAt\n    endsAt\n    available\n    remaining\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAppointments {\n  myAppointments {\n    ...AppointmentFields\n  }\n}"): (typeof documents)["query MyAppointments {\n  myAppointments {\n    ...AppointmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Offices($category: OfficeCategory) {\n  offices(category: $category) {\n    id\n    nameAr\n    nameEn\n    city\n    cityAr\n    addressAr\n    addressEn\n    category\n  }\n}"): (typeof documents)["query Offices($category: OfficeCategory) {\n  offices(category: $category) {\n    id\n    nameAr\n    nameEn\n    city\n    cityAr\n    addressAr\n    addressEn\n    category\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizeDriver($input: AuthorizeDriverInput!) {\n  authorizeDriver(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation AuthorizeDriver($input: AuthorizeDriverInput!) {\n  authorizeDriver(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelServiceRequest($input: CancelServiceRequestInput!) {\n  cancelServiceRequest(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation CancelServiceRequest($input: CancelServiceRequestInput!) {\n  cancelServiceRequest(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DigitalId {\n  digitalId {\n    qrSvg\n    issuedAt\n    expiresAt\n    holder {\n      fullNameAr\n      fullNameEn\n      maskedNationalId\n      kind\n      nationality\n      dateOfBirth\n      documentType\n      documentExpiresOn\n    }\n  }\n}"): (typeof documents)["query DigitalId {\n  digitalId {\n    qrSvg\n    issuedAt\n    expiresAt\n    holder {\n      fullNameAr\n      fullNameEn\n      maskedNationalId\n      kind\n      nationality\n      dateOfBirth\n      documentType\n      documentExpiresOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputeViolation($input: DisputeViolationInput!) {\n  disputeViolation(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation DisputeViolation($input: DisputeViolationInput!) {\n  disputeViolation(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BillFields on Bill {\n  number\n  status\n  issuedAt\n  dueAt\n  paidAt\n  requestReference\n  amount {\n    halalas\n    formatted\n  }\n  items {\n    code\n    label\n    amount {\n      halalas\n      formatted\n    }\n  }\n}\n\nfragment RequestFields on ServiceRequest {\n  reference\n  status\n  submittedAt\n  service {\n    code\n    nameAr\n    nameEn\n  }\n  beneficiary {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n  statusHistory {\n    status\n    at\n    reason\n    reasonCode\n  }\n  bill {\n    number\n    status\n    issuedAt\n    dueAt\n    paidAt\n    requestReference\n    amount {\n      halalas\n      formatted\n    }\n    items {\n      code\n      label\n      amount {\n        halalas\n        formatted\n      }\n    }\n  }\n  result {\n    documentType\n    documentNumber\n    issuedOn\n    expiresOn\n    entryType\n    months\n    plate\n    driverNationalId\n    violationNumbers\n    disputeStatus\n  }\n}"): (typeof documents)["fragment BillFields on Bill {\n  number\n  status\n  issuedAt\n  dueAt\n  paidAt\n  requestReference\n  amount {\n    halalas\n    formatted\n  }\n  items {\n    code\n    label\n    amount {\n      halalas\n      formatted\n    }\n  }\n}\n\nfragment RequestFields on ServiceRequest {\n  reference\n  status\n  submittedAt\n  service {\n    code\n    nameAr\n    nameEn\n  }\n  beneficiary {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n  statusHistory {\n    status\n    at\n    reason\n    reasonCode\n  }\n  bill {\n    number\n    status\n    issuedAt\n    dueAt\n    paidAt\n    requestReference\n    amount {\n      halalas\n      formatted\n    }\n    items {\n      code\n      label\n      amount {\n        halalas\n        formatted\n      }\n    }\n  }\n  result {\n    documentType\n    documentNumber\n    issuedOn\n    expiresOn\n    entryType\n    months\n    plate\n    driverNationalId\n    violationNumbers\n    disputeStatus\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueExitReentryVisa($input: IssueExitReentryVisaInput!) {\n  issueExitReentryVisa(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation IssueExitReentryVisa($input: IssueExitReentryVisaInput!) {\n  issueExitReentryVisa(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueFinalExitVisa($input: IssueFinalExitVisaInput!) {\n  issueFinalExitVisa(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation IssueFinalExitVisa($input: IssueFinalExitVisaInput!) {\n  issueFinalExitVisa(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyBills($status: BillStatus) {\n  myBills(status: $status) {\n    ...BillFields\n  }\n}"): (typeof documents)["query MyBills($status: BillStatus) {\n  myBills(status: $status) {\n    ...BillFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyDependents {\n  myDependents {\n    nationalId\n    kind\n    fullNameAr\n    fullNameEn\n    dateOfBirth\n    gender\n    nationality\n  }\n}"): (typeof documents)["query MyDependents {\n  myDependents {\n    nationalId\n    kind\n    fullNameAr\n    fullNameEn\n    dateOfBirth\n    gender\n    nationality\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyDocuments {\n  myDocuments {\n    type\n    number\n    nationalId\n    issuedOn\n    expiresOn\n    daysToExpiry\n    entryType\n  }\n}"): (typeof documents)["query MyDocuments {\n  myDocuments {\n    type\n    number\n    nationalId\n    issuedOn\n    expiresOn\n    daysToExpiry\n    entryType\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRequests($after: String, $status: RequestStatus) {\n  myRequests(first: 20, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        reference\n        status\n        submittedAt\n        service {\n          code\n          nameAr\n          nameEn\n        }\n        beneficiary {\n          fullNameAr\n          fullNameEn\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query MyRequests($after: String, $status: RequestStatus) {\n  myRequests(first: 20, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        reference\n        status\n        submittedAt\n        service {\n          code\n          nameAr\n          nameEn\n        }\n        beneficiary {\n          fullNameAr\n          fullNameEn\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyVehicles {\n  myVehicles {\n    plate\n    make\n    model\n    year\n    registrationExpiresOn\n    insuranceExpiresOn\n    inspectionExpiresOn\n    authorizedDriverId\n    authorizedUntil\n  }\n}"): (typeof documents)["query MyVehicles {\n  myVehicles {\n    plate\n    make\n    model\n    year\n    registrationExpiresOn\n    insuranceExpiresOn\n    inspectionExpiresOn\n    authorizedDriverId\n    authorizedUntil\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyViolations($unpaidOnly: Boolean) {\n  myViolations(unpaidOnly: $unpaidOnly) {\n    number\n    issuedOn\n    plate\n    driver\n    paid\n    billed\n    disputeStatus\n    amount {\n      halalas\n      formatted\n    }\n  }\n}"): (typeof documents)["query MyViolations($unpaidOnly: Boolean) {\n  myViolations(unpaidOnly: $unpaidOnly) {\n    number\n    issuedOn\n    plate\n    driver\n    paid\n    billed\n    disputeStatus\n    amount {\n      halalas\n      formatted\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayBill($input: PayBillInput!) {\n  payBill(input: $input) {\n    bill {\n      ...BillFields\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation PayBill($input: PayBillInput!) {\n  payBill(input: $input) {\n    bill {\n      ...BillFields\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayViolations($input: PayViolationsInput!) {\n  payViolations(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation PayViolations($input: PayViolationsInput!) {\n  payViolations(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewDrivingLicence($input: RenewDrivingLicenceInput!) {\n  renewDrivingLicence(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RenewDrivingLicence($input: RenewDrivingLicenceInput!) {\n  renewDrivingLicence(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewIqama($input: RenewIqamaInput!) {\n  renewIqama(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RenewIqama($input: RenewIqamaInput!) {\n  renewIqama(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewNationalId($input: RenewNationalIdInput) {\n  renewNationalId(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RenewNationalId($input: RenewNationalIdInput) {\n  renewNationalId(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewPassport($input: RenewPassportInput!) {\n  renewPassport(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RenewPassport($input: RenewPassportInput!) {\n  renewPassport(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewVehicleRegistration($input: RenewVehicleRegistrationInput!) {\n  renewVehicleRegistration(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RenewVehicleRegistration($input: RenewVehicleRegistrationInput!) {\n  renewVehicleRegistration(input: $input) {\n    request {\n      reference\n      status\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Request($reference: String!) {\n  request(reference: $reference) {\n    ...RequestFields\n  }\n}"): (typeof documents)["query Request($reference: String!) {\n  request(reference: $reference) {\n    ...RequestFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Service($code: ServiceCode!, $beneficiaryNationalId: String) {\n  service(code: $code) {\n    code\n    nameAr\n    nameEn\n    descriptionAr\n    descriptionEn\n    category\n    feeDescriptionAr\n    feeDescriptionEn\n    forSelf\n    forDependents\n    audience\n    minimumAge\n    inputs {\n      name\n      label\n      required\n      type\n    }\n    eligibility(beneficiaryNationalId: $beneficiaryNationalId) {\n      eligible\n      fee {\n        halalas\n        formatted\n      }\n      reasons {\n        ...UserErrorFields\n      }\n    }\n  }\n}"): (typeof documents)["query Service($code: ServiceCode!, $beneficiaryNationalId: String) {\n  service(code: $code) {\n    code\n    nameAr\n    nameEn\n    descriptionAr\n    descriptionEn\n    category\n    feeDescriptionAr\n    feeDescriptionEn\n    forSelf\n    forDependents\n    audience\n    minimumAge\n    inputs {\n      name\n      label\n      required\n      type\n    }\n    eligibility(beneficiaryNationalId: $beneficiaryNationalId) {\n      eligible\n      fee {\n        halalas\n        formatted\n      }\n      reasons {\n        ...UserErrorFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceCategories {\n  serviceCategories {\n    code\n    nameAr\n    nameEn\n    serviceCount\n  }\n}"): (typeof documents)["query ServiceCategories {\n  serviceCategories {\n    code\n    nameAr\n    nameEn\n    serviceCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Services($category: ServiceCategoryCode, $search: String) {\n  services(category: $category, search: $search) {\n    code\n    nameAr\n    nameEn\n    descriptionAr\n    descriptionEn\n    category\n    feeDescriptionAr\n    feeDescriptionEn\n  }\n}"): (typeof documents)["query Services($category: ServiceCategoryCode, $search: String) {\n  services(category: $category, search: $search) {\n    code\n    nameAr\n    nameEn\n    descriptionAr\n    descriptionEn\n    category\n    feeDescriptionAr\n    feeDescriptionEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}"): (typeof documents)["query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmEmail($input: ConfirmEmailInput!) {\n  confirmEmail(input: $input) {\n    confirmed\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation ConfirmEmail($input: ConfirmEmailInput!) {\n  confirmEmail(input: $input) {\n    confirmed\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n  confirmEmailChange(input: $input) {\n    changed\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n  confirmEmailChange(input: $input) {\n    changed\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ChallengeFields on CodeChallenge {\n  id\n  expiresAt\n  maskedMobile\n  resendAvailableAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}\n\nfragment SessionAccount on Account {\n  id\n  username\n  preferredLanguage\n  person {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n}\n\nfragment AuthResult on AuthPayload {\n  session {\n    accessToken\n    accessTokenExpiresAt\n  }\n  account {\n    ...SessionAccount\n  }\n  errors {\n    ...UserErrorFields\n  }\n}"): (typeof documents)["fragment ChallengeFields on CodeChallenge {\n  id\n  expiresAt\n  maskedMobile\n  resendAvailableAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}\n\nfragment SessionAccount on Account {\n  id\n  username\n  preferredLanguage\n  person {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n}\n\nfragment AuthResult on AuthPayload {\n  session {\n    accessToken\n    accessTokenExpiresAt\n  }\n  account {\n    ...SessionAccount\n  }\n  errors {\n    ...UserErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    ssoLinked\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    ssoLinked\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NewCaptcha {\n  newCaptcha {\n    id\n    image\n    expiresAt\n  }\n}"): (typeof documents)["mutation NewCaptcha {\n  newCaptcha {\n    id\n    image\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyLogin($input: VerifyCodeInput!) {\n  verifyLogin(input: $input) {\n    ...AuthResult\n  }\n}"): (typeof documents)["mutation VerifyLogin($input: VerifyCodeInput!) {\n  verifyLogin(input: $input) {\n    ...AuthResult\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyRegistration($input: VerifyCodeInput!) {\n  verifyRegistration(input: $input) {\n    ...AuthResult\n  }\n}"): (typeof documents)["mutation VerifyRegistration($input: VerifyCodeInput!) {\n  verifyRegistration(input: $input) {\n    ...AuthResult\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    marked\n    unreadCount\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    marked\n    unreadCount\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($after: String) {\n  notifications(first: 20, after: $after) {\n    unreadCount\n    nodes {\n      id\n      kind\n      titleAr\n      titleEn\n      bodyAr\n      bodyEn\n      link\n      reference\n      read\n      createdAt\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query Notifications($after: String) {\n  notifications(first: 20, after: $after) {\n    unreadCount\n    nodes {\n      id\n      kind\n      titleAr\n      titleEn\n      bodyAr\n      bodyEn\n      link\n      reference\n      read\n      createdAt\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadCount {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}"): (typeof documents)["query UnreadCount {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout {\n    loggedOut\n  }\n}"): (typeof documents)["mutation Logout {\n  logout {\n    loggedOut\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}"): (typeof documents)["mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePreferredLanguage($input: ChangePreferredLanguageInput!) {\n  changePreferredLanguage(input: $input) {\n    account {\n      id\n      preferredLanguage\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation ChangePreferredLanguage($input: ChangePreferredLanguageInput!) {\n  changePreferredLanguage(input: $input) {\n    account {\n      id\n      preferredLanguage\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions {\n  mySessions {\n    id\n    device\n    clientAddress\n    createdAt\n    lastUsedAt\n    current\n  }\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    id\n    device\n    clientAddress\n    createdAt\n    lastUsedAt\n    current\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reauthenticate($input: ReauthenticateInput!) {\n  reauthenticate(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}\n\nmutation VerifyReauthentication($input: VerifyCodeInput!) {\n  verifyReauthentication(input: $input) {\n    reauthenticatedUntil\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation Reauthenticate($input: ReauthenticateInput!) {\n  reauthenticate(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}\n\nmutation VerifyReauthentication($input: VerifyCodeInput!) {\n  verifyReauthentication(input: $input) {\n    reauthenticatedUntil\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeOtherSessions {\n  revokeOtherSessions {\n    revokedCount\n  }\n}"): (typeof documents)["mutation RevokeOtherSessions {\n  revokeOtherSessions {\n    revokedCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeSession($input: RevokeSessionInput!) {\n  revokeSession(input: $input) {\n    revoked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation RevokeSession($input: RevokeSessionInput!) {\n  revokeSession(input: $input) {\n    revoked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkSso {\n  unlinkSso {\n    unlinked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation UnlinkSso {\n  unlinkSso {\n    unlinked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteSsoRegistration($input: CompleteSsoRegistrationInput!) {\n  completeSsoRegistration(input: $input) {\n    ...AuthResult\n  }\n}"): (typeof documents)["mutation CompleteSsoRegistration($input: CompleteSsoRegistrationInput!) {\n  completeSsoRegistration(input: $input) {\n    ...AuthResult\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkSso($input: LinkSsoInput!) {\n  linkSso(input: $input) {\n    ...AuthResult\n  }\n}"): (typeof documents)["mutation LinkSso($input: LinkSsoInput!) {\n  linkSso(input: $input) {\n    ...AuthResult\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SsoPending($token: String!) {\n  ssoPending(token: $token) {\n    kind\n    firstName\n    maskedMobile\n    expiresAt\n  }\n}"): (typeof documents)["query SsoPending($token: String!) {\n  ssoPending(token: $token) {\n    kind\n    firstName\n    maskedMobile\n    expiresAt\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;