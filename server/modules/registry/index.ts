import type { Holdings } from './holdings.service';

export { registry } from './registry.module';
export type { Holdings } from './holdings.service';
export { FAMILY_RELATIONS, Gender, kindOfId, Person, PersonKind, RelationKind, relationKindTo, relationTo, RelationToYou, WORKER_RELATIONS } from './person.entity';
export { DocumentStatus, documentInForce, documentStatusOn, EXPIRING_WITHIN_DAYS } from './document-status';
export type { RecordedDocumentStatus } from './document-status';
export { DisputeStatus, DocumentType, EntryType, IMPORTABLE_DOCUMENT_TYPES, PersonDocument, Vehicle, VehicleStatus, Violation } from './holdings.entity';
export { importDocuments, importPersons, importVehicles, importViolations, fileSize } from './registry-import';
export type { ImportProgress, ImportReport } from './registry-import';
export { syntheticPersons } from './synthetic';
export { personView } from './holdings.read-model';
export { demoPeople, relativeDates, seedDemoRegistry, withPortraits } from './demo-registry';
export type { DemoPerson } from './demo-registry';
export { normalizePlateText, VEHICLE_COLUMNS } from './holding-rows';
export { PERSON_COLUMNS } from './person-row';

declare module '../../shared/module' {
  interface Registry {
    holdings: Holdings;
  }
}
