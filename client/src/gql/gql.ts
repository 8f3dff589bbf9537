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
    "query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}": typeof types.AuthOptionsDocument,
    "fragment ChallengeFields on CodeChallenge {\n  id\n  expiresAt\n  maskedMobile\n  resendAvailableAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}\n\nfragment SessionAccount on Account {\n  id\n  username\n  preferredLanguage\n  person {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n}\n\nfragment AuthResult on AuthPayload {\n  session {\n    accessToken\n    accessTokenExpiresAt\n  }\n  account {\n    ...SessionAccount\n  }\n  errors {\n    ...UserErrorFields\n  }\n}": typeof types.ChallengeFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.LoginDocument,
    "query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}": typeof types.MeDocument,
    "mutation NewCaptcha {\n  newCaptcha {\n    id\n    image\n    expiresAt\n  }\n}": typeof types.NewCaptchaDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RegisterDocument,
    "mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ResendCodeDocument,
    "mutation VerifyLogin($input: VerifyCodeInput!) {\n  verifyLogin(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.VerifyLoginDocument,
    "mutation VerifyRegistration($input: VerifyCodeInput!) {\n  verifyRegistration(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.VerifyRegistrationDocument,
    "mutation Logout {\n  logout {\n    loggedOut\n  }\n}": typeof types.LogoutDocument,
    "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}": typeof types.RefreshSessionDocument,
};
const documents: Documents = {
    "query AuthOptions {\n  authOptions {\n    captchaRequired\n    ssoEnabled\n  }\n}": types.AuthOptionsDocument,
    "fragment ChallengeFields on CodeChallenge {\n  id\n  expiresAt\n  maskedMobile\n  resendAvailableAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  code\n  message\n}\n\nfragment SessionAccount on Account {\n  id\n  username\n  preferredLanguage\n  person {\n    nationalId\n    fullNameAr\n    fullNameEn\n  }\n}\n\nfragment AuthResult on AuthPayload {\n  session {\n    accessToken\n    accessTokenExpiresAt\n  }\n  account {\n    ...SessionAccount\n  }\n  errors {\n    ...UserErrorFields\n  }\n}": types.ChallengeFieldsFragmentDoc,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.LoginDocument,
    "query Me {\n  me {\n    ...SessionAccount\n    email\n    emailVerified\n    maskedMobile\n    createdAt\n    person {\n      kind\n      dateOfBirth\n      gender\n      nationality\n    }\n  }\n}": types.MeDocument,
    "mutation NewCaptcha {\n  newCaptcha {\n    id\n    image\n    expiresAt\n  }\n}": types.NewCaptchaDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.RegisterDocument,
    "mutation ResendCode($input: ResendCodeInput!) {\n  resendCode(input: $input) {\n    challenge {\n      ...ChallengeFields\n    }\n    errors {\n      ...UserErrorFields\n    }\n  }\n}": types.ResendCodeDocument,
    "mutation VerifyLogin($input: VerifyCodeInput!) {\n  verifyLogin(input: $input) {\n    ...AuthResult\n  }\n}": types.VerifyLoginDocument,
    "mutation VerifyRegistration($input: VerifyCodeInput!) {\n  verifyRegistration(input: $input) {\n    ...AuthResult\n  }\n}": types.VerifyRegistrationDocument,
    "mutation Logout {\n  logout {\n    loggedOut\n  }\n}": types.LogoutDocument,
    "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}": types.RefreshSessionDocument,
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
export function graphql(source: "mutation Logout {\n  logout {\n    loggedOut\n  }\n}"): (typeof documents)["mutation Logout {\n  logout {\n    loggedOut\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}"): (typeof documents)["mutation RefreshSession($input: RefreshSessionInput!) {\n  refreshSession(input: $input) {\n    ...AuthResult\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;