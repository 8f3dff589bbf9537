import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PersonDocument } from '../registry';
import { DocumentLifeErrors, type DocumentLifeError } from './document-life.errors';

/** How a document went missing. */
export enum LossCircumstance {
  LOST = 'LOST',
  STOLEN = 'STOLEN',
}
registerEnumType(LossCircumstance, {
  name: 'LossCircumstance',
  description: 'How a document went missing.',
  valuesConfig: { LOST: { description: 'Lost: mislaid, or its whereabouts unknown.' }, STOLEN: { description: 'Stolen.' } },
});

@InputType({ description: 'Report a document lost or stolen.' })
export class ReportDocumentLostInput {
  @Field(() => ID, { description: 'The document: its `PersonDocument.id` from `myDocuments` (yours, or of someone you act for).' })
  documentId!: string;

  @Field(() => LossCircumstance, { description: 'Lost or stolen.' })
  circumstance!: LossCircumstance;
}

@ObjectType({ description: 'Result of `reportDocumentLost`.' })
export class ReportDocumentLostPayload {
  @Field(() => PersonDocument, { nullable: true, description: 'The document, now LOST; null when refused.' })
  document?: PersonDocument | null;

  @Field(() => [DocumentLifeErrors.type], { description: 'Why it was refused; empty on success.' })
  errors!: DocumentLifeError[];
}
