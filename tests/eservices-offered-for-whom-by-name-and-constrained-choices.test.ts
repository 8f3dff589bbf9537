import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DependentRelationsDocument, DocumentHoldersDocument, HouseholdDocument, ServicePeriodFeeDocument, type ServiceCode } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { riyadhDate } from '../server/shared/clock';
import { addDays, addYears } from '../server/shared/dates';
import { withCheckDigit } from '../server/shared/normalize';
import { Gender, Person, PersonKind } from '../server/modules/registry';

// Two more children of Mohammed: one who turns 15 (the national ID's minimum age) today, one who turns 15 tomorrow.
const FIFTEEN_TODAY = withCheckDigit('100000900');
const FIFTEEN_TOMORROW = withCheckDigit('100000901');

describe.each(databases)('whom a service is for, people by name and relation, and choices with their fee ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let noura: GraphQLClient;
  let omar: GraphQLClient;
  /** Whom the caller may use `code` for, as the server says person by person: themself first, then dependents eldest first. */
  const offered = async (api: GraphQLClient, code: ServiceCode) => {
    const { me, myDependents } = await api.ok(HouseholdDocument);
    return [me!.person, ...myDependents.nodes].filter((p) => p.offeredServices!.includes(code)).map((p) => p.nationalId);
  };

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    const today = riyadhDate(t.clock.now());
    await t.app.services.work.begin().transaction(async (tx) => {
      for (const [nationalId, dateOfBirth] of [
        [FIFTEEN_TODAY, addYears(today, -15)],
        [FIFTEEN_TOMORROW, addDays(addYears(today, -15), 1)],
      ])
        tx.em.create(Person, {
          nationalId,
          kind: PersonKind.CITIZEN,
          firstNameAr: 'ريم',
          fatherNameAr: 'محمد',
          grandfatherNameAr: 'عبدالله',
          familyNameAr: 'القحطاني',
          firstNameEn: 'Reem',
          fatherNameEn: 'Mohammed',
          grandfatherNameEn: 'Abdullah',
          familyNameEn: 'Alqahtani',
          dateOfBirth,
          gender: Gender.FEMALE,
          nationality: 'SAU',
          headOfFamilyId: DEMO.MOHAMMED.nationalId,
        });
    });
    [mohammed, noura, omar] = await Promise.all([signedInAs(t, DEMO.MOHAMMED), signedInAs(t, DEMO.NOURA), signedInAs(t, DEMO.OMAR)]);
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('a Saudi passport is offered for the citizen, his Saudi wife and children, never for his workers; an exit re-entry visa only for the workers', async () => {
    // Dependants eldest first: Hind (wife), Rajesh and Karim (workers), Sara, the two test children, Abdulaziz (son, 10).
    expect(await offered(mohammed, 'RENEW_PASSPORT')).toEqual([DEMO.MOHAMMED.nationalId, DEMO.HIND.nationalId, DEMO.SARA.nationalId, FIFTEEN_TODAY, FIFTEEN_TOMORROW, DEMO.ABDULAZIZ.nationalId]);
    expect(await offered(mohammed, 'EXIT_REENTRY_VISA')).toEqual([DEMO.RAJESH.nationalId, DEMO.KARIM.nationalId]);
    expect(await offered(mohammed, 'RENEW_IQAMA')).toEqual([DEMO.RAJESH.nationalId, DEMO.KARIM.nationalId]);
    expect(await offered(mohammed, 'FINAL_EXIT_VISA')).toEqual([DEMO.RAJESH.nationalId, DEMO.KARIM.nationalId]);
    // Services always for oneself offer oneself, when one is in their audience.
    expect(await offered(mohammed, 'RENEW_DRIVING_LICENCE')).toEqual([DEMO.MOHAMMED.nationalId]);
  });

  it.skipIf(!enabled)('the minimum age holds at its boundary: 15 today is offered a national ID, 15 tomorrow is not', async () => {
    const ids = await offered(mohammed, 'RENEW_NATIONAL_ID');
    expect(ids).toContain(FIFTEEN_TODAY);
    expect(ids).not.toContain(FIFTEEN_TOMORROW);
    expect(ids).toContain(DEMO.SARA.nationalId);
    expect(ids).toContain(DEMO.MOHAMMED.nationalId);
  });

  it.skipIf(!enabled)("a resident's own final exit is offered only when no sponsor is on record; his family are offered the visa, his sponsor sees him as a worker", async () => {
    // Omar (Egyptian) is sponsored by Noura: his wife and son are his family, he is not offered his own final exit.
    expect(await offered(omar, 'FINAL_EXIT_VISA')).toEqual([DEMO.FATIMA.nationalId, DEMO.YOUSSEF.nationalId]);
    expect(await offered(omar, 'EXIT_REENTRY_VISA')).toEqual([DEMO.OMAR.nationalId, DEMO.FATIMA.nationalId, DEMO.YOUSSEF.nationalId]);
    const relations = (await omar.ok(DependentRelationsDocument)).myDependents.nodes.map((p) => p.relationToYou);
    expect(relations).toEqual(['FAMILY', 'FAMILY']);
    expect((await noura.ok(DependentRelationsDocument)).myDependents.nodes).toEqual([expect.objectContaining({ nationalId: DEMO.OMAR.nationalId, relationToYou: 'WORKER' })]);
  });

  it.skipIf(!enabled)("object-level: nobody is offered services for anyone else's dependants", async () => {
    const { me, myDependents } = await noura.ok(HouseholdDocument);
    expect([me!.person, ...myDependents.nodes].map((p) => [p.nationalId, p.relationToYou])).toEqual([
      [DEMO.NOURA.nationalId, 'SELF'],
      [DEMO.OMAR.nationalId, 'WORKER'],
    ]);
    // The rule behind the field, for people the API never shows her: someone else's daughter and worker, and a stranger.
    const em = t.app.services.work.begin().em;
    const [nouraPerson, sara, rajesh, mohammedPerson] = await Promise.all([DEMO.NOURA, DEMO.SARA, DEMO.RAJESH, DEMO.MOHAMMED].map((p) => em.findOneOrFail(Person, p.nationalId)));
    for (const other of [sara, rajesh, mohammedPerson]) expect(t.app.services.eservices.offeredServices(nouraPerson, other)).toBeNull();
    expect(t.app.services.eservices.offeredServices(mohammedPerson, sara)).toContain('RENEW_PASSPORT');
  });

  it.skipIf(!enabled)("documents name their holder, with the holder's relation; the family page tells family from workers", async () => {
    const docs = (await mohammed.ok(DocumentHoldersDocument)).myDocuments.nodes;
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.holder.nationalId).toBe(d.nationalId);
    const rajesh = docs.find((d) => d.nationalId === DEMO.RAJESH.nationalId)!;
    expect(rajesh.holder).toMatchObject({ fullNameEn: 'Rajesh Kumar Ramaswamy Nair', relationToYou: 'WORKER' });
    expect(docs.find((d) => d.nationalId === DEMO.SARA.nationalId)!.holder.relationToYou).toBe('FAMILY');
    expect(docs.find((d) => d.nationalId === DEMO.MOHAMMED.nationalId)!.holder.relationToYou).toBe('SELF');
    const dependents = (await mohammed.ok(DependentRelationsDocument)).myDependents.nodes;
    expect(Object.fromEntries(dependents.map((p) => [p.nationalId, p.relationToYou]))).toMatchObject({ [DEMO.RAJESH.nationalId]: 'WORKER', [DEMO.SARA.nationalId]: 'FAMILY' });
  });

  it.skipIf(!enabled)('constrained inputs list their allowed values, and the fee follows the chosen period', async () => {
    const fee = async (code: ServiceCode, vars: { beneficiaryNationalId?: string; years?: number; months?: number; entryType?: 'SINGLE' | 'MULTIPLE' }) =>
      (await mohammed.ok(ServicePeriodFeeDocument, { code, ...vars })).service!;
    const licence = await fee('RENEW_DRIVING_LICENCE', { years: 5 });
    expect(licence.inputs.find((i) => i.name === 'years')!.allowedValues).toEqual([
      { value: '2', label: '2 years', labelAr: 'سنتان', labelEn: '2 years' },
      { value: '5', label: '5 years', labelAr: '5 سنوات', labelEn: '5 years' },
      { value: '10', label: '10 years', labelAr: '10 سنوات', labelEn: '10 years' },
    ]);
    expect(licence.eligibility!.fee!.halalas).toBe(5 * 40_00);
    expect((await fee('RENEW_DRIVING_LICENCE', { years: 10 })).eligibility!.fee!.halalas).toBe(10 * 40_00);
    expect((await fee('RENEW_DRIVING_LICENCE', {})).eligibility!.fee!.halalas).toBe(2 * 40_00);
    // A period outside the allowed values is a reason beside the field, as a submission would get.
    expect((await fee('RENEW_DRIVING_LICENCE', { years: 3 })).eligibility!.reasons).toContainEqual({ field: 'years', code: 'INVALID_PERIOD' });

    const passport = await fee('RENEW_PASSPORT', { beneficiaryNationalId: DEMO.SARA.nationalId, years: 5 });
    expect(passport.inputs.find((i) => i.name === 'years')!.allowedValues!.map((v) => v.value)).toEqual(['5', '10']);
    expect(passport.eligibility!.fee!.halalas).toBe(300_00);
    // Ten years only from 21: Sara is 16.
    expect((await fee('RENEW_PASSPORT', { beneficiaryNationalId: DEMO.SARA.nationalId, years: 10 })).eligibility!.reasons).toContainEqual({ field: 'years', code: 'INVALID_PERIOD' });

    const visa = await fee('EXIT_REENTRY_VISA', { beneficiaryNationalId: DEMO.RAJESH.nationalId, months: 3, entryType: 'SINGLE' });
    const inputs = Object.fromEntries(visa.inputs.map((i) => [i.name, i.allowedValues?.map((v) => v.value) ?? null]));
    expect(inputs).toEqual({ beneficiaryNationalId: null, entryType: ['SINGLE', 'MULTIPLE'], months: ['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] });
    expect(visa.eligibility).toMatchObject({ eligible: true, fee: { halalas: 300_00 } });
    expect((await fee('EXIT_REENTRY_VISA', { beneficiaryNationalId: DEMO.RAJESH.nationalId, months: 3, entryType: 'MULTIPLE' })).eligibility!.fee!.halalas).toBe(400_00);
    // A choice the service does not ask for changes nothing.
    expect((await fee('RENEW_NATIONAL_ID', { years: 10 })).eligibility!.reasons.map((r) => r.field)).not.toContain('years');
  });
});
