import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Violation } from '../registry';
import { ServiceRequest } from '../requests';
import { DisputeErrors, type DisputeError } from './disputes.errors';

/** The traffic department's decision on a dispute. */
export enum DisputeOutcome {
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(DisputeOutcome, {
  name: 'DisputeOutcome',
  description: "The traffic department's decision on a dispute.",
  valuesConfig: {
    UPHELD: { description: 'The dispute is accepted: the violation is cancelled (no longer payable).' },
    DISMISSED: { description: 'The dispute is refused: the violation stands and is payable again.' },
  },
});

@InputType({ description: 'Decide one of your open disputes (development button).' })
export class DecideDisputeInput {
  @Field(() => String, { description: 'The disputed violation.' })
  violationNumber!: string;

  @Field(() => DisputeOutcome, { description: 'The decision to record.' })
  outcome!: DisputeOutcome;
}

@ObjectType({ description: 'Result of `decideDispute`.' })
export class DecideDisputePayload {
  @Field(() => Violation, { nullable: true, description: 'The violation, with its dispute decided.' })
  violation?: Violation | null;

  @Field(() => ServiceRequest, { nullable: true, description: 'The dispute request, its result showing the decision.' })
  request?: ServiceRequest | null;

  @Field(() => [DisputeErrors.type], { description: 'Why it was not decided; empty on success.' })
  errors!: DisputeError[];
}
