/**
 * What `npm run bench` (over HTTP, server in its own process) and `npm run bench:cpu` (in process)
 * both send: the scenarios' query texts, and the set-up that gives S4 a full page of real requests.
 * One place, so both benches measure the same thing.
 */

export const gql = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

export const S1 = gql('{ __typename }');
export const S2 = gql('{ services(first: 100) { nodes { code category nameAr nameEn feeDescription } } }');
export const S3 = gql('{ me { username person { fullNameEn } } }');
export const S4 = gql('{ myRequests(first: 20) { edges { node { reference status submittedAt service { code nameEn } bill { number amount { halalas formatted } } beneficiary { fullNameEn } } } } }');
export const MY_DOCUMENTS = gql('{ myDocuments { nodes { type number expiresOn daysToExpiry } } }');

/** His daughter's passport: billed (so the request stays open until cancelled) and for a beneficiary other than the applicant. */
export const RENEW_PASSPORT = gql('mutation($input: RenewPassportInput!) { renewPassport(input: $input) { request { reference } errors { code } } }', {
  input: { beneficiaryNationalId: '1000000016', years: 5 },
});

/**
 * The bench is one client address sending thousands of log-ins: the abuse limits are lifted (and the
 * query cost budgets; the per-operation maximum stays).
 */
export const BENCH_RATE_LIMITS =
  'login-address=1000000/60,captcha-address=1000000/60,sms-number=1000000/60,sms-address=1000000/60,register-address=1000000/60,resend-address=1000000/60,cost-address=100000000/60,cost-account=100000000/60';

/** The demo citizen whose requests S4 lists. */
export const CITIZEN = { nationalId: '1000000008', mobile: '+966500000001' };
export const BENCH_PASSWORD = 'bench password that is long enough';

/** How a bench talks to the server under test. */
export interface BenchClient {
  /** POSTs a GraphQL body; throws on GraphQL errors. */
  post<T>(body: string, token?: string): Promise<T>;
  /** The image-code fields of a fresh, answered captcha (none when the server asks for none). */
  captcha(): Promise<Record<string, string>>;
  /** How many SMS have been sent to `mobile` so far. */
  smsCount(mobile: string): Promise<number>;
  /** The code of the next SMS to `mobile` after `seen` earlier ones. */
  codeAfter(mobile: string, seen: number): Promise<string>;
}

/** Registers a person through the API as people do; their access token, or null when refused. */
export async function registerThroughApi(client: BenchClient, person: { nationalId: string; mobile: string }, username: string): Promise<string | null> {
  const answer = await client.captcha();
  const seen = await client.smsCount(person.mobile);
  const reg = await client.post<{ register: { challenge: { id: string } | null } }>(
    gql('mutation($input: RegisterInput!) { register(input: $input) { challenge { id } errors { code } } }', {
      input: {
        nationalId: person.nationalId,
        mobile: person.mobile,
        username,
        password: BENCH_PASSWORD,
        passwordConfirmation: BENCH_PASSWORD,
        email: `${username}@example.sa`,
        emailConfirmation: `${username}@example.sa`,
        acceptTerms: true,
        ...answer,
      },
    }),
  );
  if (!reg.register.challenge) return null;
  const code = await client.codeAfter(person.mobile, seen);
  const verified = await client.post<{ verifyRegistration: { session: { accessToken: string } | null } }>(
    gql('mutation($input: VerifyCodeInput!) { verifyRegistration(input: $input) { session { accessToken } } }', { input: { challengeId: reg.register.challenge.id, code } }),
  );
  return verified.verifyRegistration.session?.accessToken ?? null;
}

/**
 * The demo citizen, registered, submits (and cancels) `count` requests, so S4 lists a full page of
 * real ones, each with a service, a bill and a beneficiary. Answers his access token.
 */
export async function citizenWithRequests(client: BenchClient, count = 20): Promise<string> {
  const citizen = await registerThroughApi(client, CITIZEN, 'benchcitizen');
  if (!citizen) throw new Error('the demo citizen could not register');
  for (let i = 0; i < count; i++) {
    const submitted = await client.post<{ renewPassport: { request: { reference: string } | null; errors: { code: string }[] } }>(RENEW_PASSPORT, citizen);
    if (!submitted.renewPassport.request) throw new Error(`renewPassport refused: ${JSON.stringify(submitted.renewPassport.errors)}`);
    await client.post(
      gql('mutation($input: CancelServiceRequestInput!) { cancelServiceRequest(input: $input) { errors { code } } }', { input: { reference: submitted.renewPassport.request.reference } }),
      citizen,
    );
  }
  return citizen;
}
