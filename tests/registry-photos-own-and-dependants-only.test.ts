import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPersons, Person } from '../server/modules/registry';
import { OPTIONAL_PERSON_COLUMNS, PERSON_COLUMNS } from '../server/modules/registry/person-row';
import { riyadhDate } from '../server/shared/clock';
import { PeoplePhotosDocument, PersonPhotoDocument } from './gql/graphql';
import { DEMO, register, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const SVG = /^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/;

describe.each(databases)('registry photos: imported, drawn for the demo, shown to the person and their dependants only ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let fahd: GraphQLClient;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    mohammed = t.client();
    await register(t, {}, mohammed);
    fahd = await signedInAs(t, DEMO.FAHD);
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('gives every demo person a synthetic SVG portrait of their own, the same on every seed', async () => {
    const people = await t.app.services.orm.em.fork().find(Person, {}, { orderBy: { nationalId: 'asc' } });
    expect(people.length).toBeGreaterThan(10);
    for (const p of people) expect(p.photo, p.nationalId).toMatch(SVG);
    expect(new Set(people.map((p) => p.photo)).size).toBe(people.length);
    const svg = Buffer.from(people[0].photo!.split(',')[1], 'base64').toString();
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 120 150"/);
    // Drawn, not photographed: vector shapes only, nothing embedded or fetched.
    expect(svg).not.toMatch(/<image|href=|<script/i);
  });

  it.skipIf(!enabled)('shows a person their own photo and their dependants’, never someone else’s', async () => {
    const mine = await mohammed.ok(PeoplePhotosDocument);
    expect(mine.me!.person.photo).toMatch(SVG);
    const dependants = mine.myDependents.nodes;
    expect(dependants.map((d) => d.nationalId).sort()).toEqual([DEMO.SARA.nationalId, DEMO.HIND.nationalId, DEMO.ABDULAZIZ.nationalId, DEMO.RAJESH.nationalId, DEMO.KARIM.nationalId]);
    for (const d of dependants) expect(d.photo).toMatch(SVG);
    // Through the node interface too: a dependant's record yes, but to anyone else (or no one) nothing.
    const sara = dependants.find((d) => d.nationalId === DEMO.SARA.nationalId)!;
    expect((await mohammed.ok(PersonPhotoDocument, { id: sara.id })).node).toMatchObject({ photo: sara.photo });
    for (const id of [mine.me!.person.id, sara.id]) {
      expect((await fahd.ok(PersonPhotoDocument, { id })).node).toBeNull();
      expect((await t.client().ok(PersonPhotoDocument, { id })).node).toBeNull();
    }
    const theirs = await fahd.ok(PeoplePhotosDocument);
    expect(theirs.me!.person.photo).toMatch(SVG);
    expect(theirs.me!.person.photo).not.toBe(mine.me!.person.photo);
  });

  it.skipIf(!enabled)('imports a photo column, and refuses a photo that is not an image data URL', async () => {
    const png = `data:image/png;base64,${Buffer.from('not really a png, but base64').toString('base64')}`;
    const header = [...PERSON_COLUMNS, ...OPTIONAL_PERSON_COLUMNS].join(',');
    const base = '1000000073,أ,ب,ج,د,A,B,C,D,1990-01-01,M,SAU,,false,Riyadh,Al Olaya,12211,,true,false,false,,';
    const rows = [`${base},"${png}"`, `${base.replace('1000000073', '1000000081')},"javascript:alert(1)"`, `${base.replace('1000000073', '1000000099')},"data:text/html;base64,PGI+"`];
    const report = await importPersons(t.app.services.orm.em.fork(), Readable.from([`${header}\n${rows.join('\n')}\n`]), riyadhDate(t.clock.now()));
    expect(report.imported).toBe(1);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'photo must be a data:image/png, jpeg, webp or svg+xml URL in base64'],
      [4, 'photo must be a data:image/png, jpeg, webp or svg+xml URL in base64'],
    ]);
    expect((await t.app.services.orm.em.fork().findOneOrFail(Person, { nationalId: '1000000073' })).photo).toBe(png);
  });
});
