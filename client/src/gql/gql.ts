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
    "fragment AppointmentFields on Appointment {\n  id\n  status\n  startsAt\n  endsAt\n  serviceCode\n  service {\n    code\n    name\n    category\n  }\n  office {\n    id\n    nameAr\n    nameEn\n    cityAr\n    city\n    addressAr\n    addressEn\n  }\n}": typeof types.AppointmentFieldsFragmentDoc,
    "query AppointmentServices {\n  appointmentServices {\n    code\n    name\n    description\n    category\n  }\n}": typeof types.AppointmentServicesDocument,
    "query AppointmentSlots($officeId: ID!, $serviceCode: String!) {\n  appointmentSlots(officeId: $officeId, serviceCode: $serviceCode) {\n    startsAt\n    endsAt\n    available\n    remaining\n  }\n}": typeof types.AppointmentSlotsDocument,
    "mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.BookAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.CancelAppointmentDocument,
    "query MyAppointments {\n  myAppointments {\n    ...AppointmentFields\n  }\n}": typeof types.MyAppointmentsDocument,
    "query Offices($category: OfficeCategory) {\n  offices(category: $category) {\n    id\n    nameAr\n    nameEn\n    city\n    cityAr\n    addressAr\n    addressEn\n    category\n  }\n}": typeof types.OfficesDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RescheduleAppointmentDocument,
    "query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}": typeof types.AuthOptionsDocument,
    "fragment ChallengeFields on CodeChallenge {\n  id\n  expiresAt\n  maskedMobile\n  resendAvailableAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}\n\nfragment SessionAccount on Account {\n  id\n  username\n  preferredLanguage\n  person {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n}\n\nfragment AuthResult on AuthPayload {\n  session {\n    accessToken\n    accessTokenExpiresAt\n  }\n  account {\n    ...SessionAccount\n  }\n  errors {\n    ...UserErrorFields\n  }\n}": typeof types.ChallengeFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.LoginDocument,
    "query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}": typeof types.MeDocument,
    "mutation NewCaptcha {\n  newCaptcha {\n    id\n    image\n    expiresAt\n  }\n}": typeof types.NewCaptchaDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RegisterDocument,
    "mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ResendCodeDocument,
    "mutation VerifyLogin($input: VerifyCodeInput!) {\n  verifyLogin(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.VerifyLoginDocument,
    "mutation VerifyRegistration($input: VerifyCodeInput!) {\n  verifyRegistration(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.VerifyRegistrationDocument,
    "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    marked\n    unreadCount\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.MarkNotificationsReadDocument,
    "query Notifications($after: String) {\n  notifications(first: 20, after: $after) {\n    unreadCount\n    nodes {\n      id\n      kind\n      title\n      body\n      link\n      reference\n      read\n      createdAt\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query UnreadCount {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}": typeof types.UnreadCountDocument,
    "mutation Logout {\n  logout {\n    loggedOut\n  }\n}": typeof types.LogoutDocument,
    "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.RefreshSessionDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ChangePasswordDocument,
    "query MySessions {\n  mySessions {\n    id\n    device\n    clientAddress\n    createdAt\n    lastUsedAt\n    current\n  }\n}": typeof types.MySessionsDocument,
    "mutation RevokeOtherSessions {\n  revokeOtherSessions {\n    revokedCount\n  }\n}": typeof types.RevokeOtherSessionsDocument,
    "mutation RevokeSession($input: RevokeSessionInput!) {\n  revokeSession(input: $input) {\n    revoked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RevokeSessionDocument,
};
const documents: Documents = {
    "fragment AppointmentFields on Appointment {\n  id\n  status\n  startsAt\n  endsAt\n  serviceCode\n  service {\n    code\n    name\n    category\n  }\n  office {\n    id\n    nameAr\n    nameEn\n    cityAr\n    city\n    addressAr\n    addressEn\n  }\n}": types.AppointmentFieldsFragmentDoc,
    "query AppointmentServices {\n  appointmentServices {\n    code\n    name\n    description\n    category\n  }\n}": types.AppointmentServicesDocument,
    "query AppointmentSlots($officeId: ID!, $serviceCode: String!) {\n  appointmentSlots(officeId: $officeId, serviceCode: $serviceCode) {\n    startsAt\n    endsAt\n    available\n    remaining\n  }\n}": types.AppointmentSlotsDocument,
    "mutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.BookAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.CancelAppointmentDocument,
    "query MyAppointments {\n  myAppointments {\n    ...AppointmentFields\n  }\n}": types.MyAppointmentsDocument,
    "query Offices($category: OfficeCategory) {\n  offices(category: $category) {\n    id\n    nameAr\n    nameEn\n    city\n    cityAr\n    addressAr\n    addressEn\n    category\n  }\n}": types.OfficesDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) {\n    appointment {\n      ...AppointmentFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.RescheduleAppointmentDocument,
    "query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}": types.AuthOptionsDocument,
    "fragment ChallengeFields on CodeChallenge {\n  id\n  expiresAt\n  maskedMobile\n  resendAvailableAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}\n\nfragment SessionAccount on Account {\n  id\n  username\n  preferredLanguage\n  person {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n}\n\nfragment AuthResult on AuthPayload {\n  session {\n    accessToken\n    accessTokenExpiresAt\n  }\n  account {\n    ...SessionAccount\n  }\n  errors {\n    ...UserErrorFields\n  }\n}": types.ChallengeFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.LoginDocument,
    "query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}": types.MeDocument,
    "mutation NewCaptcha {\n  newCaptcha {\n    id\n    image\n    expiresAt\n  }\n}": types.NewCaptchaDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.RegisterDocument,
    "mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ResendCodeDocument,
    "mutation VerifyLogin($input: VerifyCodeInput!) {\n  verifyLogin(input: $input) {\n    ...AuthResult\n  }\n}": types.VerifyLoginDocument,
    "mutation VerifyRegistration($input: VerifyCodeInput!) {\n  verifyRegistration(input: $input) {\n    ...AuthResult\n  }\n}": types.VerifyRegistrationDocument,
    "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    marked\n    unreadCount\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.MarkNotificationsReadDocument,
    "query Notifications($after: String) {\n  notifications(first: 20, after: $after) {\n    unreadCount\n    nodes {\n      id\n      kind\n      title\n      body\n      link\n      reference\n      read\n      createdAt\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.NotificationsDocument,
    "query UnreadCount {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}": types.UnreadCountDocument,
    "mutation Logout {\n  logout {\n    loggedOut\n  }\n}": types.LogoutDocument,
    "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}": types.RefreshSessionDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    passwordChanged\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ChangePasswordDocument,
    "query MySessions {\n  mySessions {\n    id\n    device\n    clientAddress\n    createdAt\n    lastUsedAt\n    current\n  }\n}": types.MySessionsDocument,
    "mutation RevokeOtherSessions {\n  revokeOtherSessions {\n    revokedCount\n  }\n}": types.RevokeOtherSessionsDocument,
    "mutation RevokeSession($input: RevokeSessionInput!) {\n  revokeSession(input: $input) {\n    revoked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.RevokeSessionDocument,
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
export function graphql(source: "fragment AppointmentFields on Appointment {\n  id\n  status\n  startsAt\n  endsAt\n  serviceCode\n  service {\n    code\n    name\n    category\n  }\n  office {\n    id\n    nameAr\n    nameEn\n    cityAr\n    city\n    addressAr\n    addressEn\n  }\n}"): (typeof documents)["fragment AppointmentFields on Appointment {\n  id\n  status\n  startsAt\n  endsAt\n  serviceCode\n  service {\n    code\n    name\n    category\n  }\n  office {\n    id\n    nameAr\n    nameEn\n    cityAr\n    city\n    addressAr\n    addressEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentServices {\n  appointmentServices {\n    code\n    name\n    description\n    category\n  }\n}"): (typeof documents)["query AppointmentServices {\n  appointmentServices {\n    code\n    name\n    description\n    category\n  }\n}"];
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
export function graphql(source: "query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}"): (typeof documents)["query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}"];
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
export function graphql(source: "query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}"];
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
export function graphql(source: "mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];
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
export function graphql(source: "query Notifications($after: String) {\n  notifications(first: 20, after: $after) {\n    unreadCount\n    nodes {\n      id\n      kind\n      title\n      body\n      link\n      reference\n      read\n      createdAt\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query Notifications($after: String) {\n  notifications(first: 20, after: $after) {\n    unreadCount\n    nodes {\n      id\n      kind\n      title\n      body\n      link\n      reference\n      read\n      createdAt\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
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
export function graphql(source: "query MySessions {\n  mySessions {\n    id\n    device\n    clientAddress\n    createdAt\n    lastUsedAt\n    current\n  }\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    id\n    device\n    clientAddress\n    createdAt\n    lastUsedAt\n    current\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeOtherSessions {\n  revokeOtherSessions {\n    revokedCount\n  }\n}"): (typeof documents)["mutation RevokeOtherSessions {\n  revokeOtherSessions {\n    revokedCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeSession($input: RevokeSessionInput!) {\n  revokeSession(input: $input) {\n    revoked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"): (typeof documents)["mutation RevokeSession($input: RevokeSessionInput!) {\n  revokeSession(input: $input) {\n    revoked\n    errors {\n      ...UserErrorFields\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;