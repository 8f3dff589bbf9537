import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDate } from '../../shared/scalars';
import { ServiceCode } from '../catalogue';
import { Authorisation } from './authorisation.entity';
import { AuthorisationErrors, type AuthorisationError } from './authorisations.errors';

@InputType({ description: 'Authorise another registered person to do named e-services for you between two dates.' })
export class GrantAuthorisationInput {
  @Field(() => String, { description: 'National ID or iqama number of the person you authorise (registered on the portal; not yourself).' })
  delegateNationalId!: string;

  @Field(() => [ServiceCode], { description: 'The e-services they may do for you: at least one, each delegable (`EService.delegable`).' })
  services!: ServiceCode[];

  @Field(() => LocalDate, { description: 'First day: today or later.' })
  startsOn!: string;

  @Field(() => LocalDate, { description: 'Last day: not before the first, at most one year after it.' })
  endsOn!: string;
}

@InputType({ description: 'An authorisation to act on.' })
export class AuthorisationInput {
  @Field(() => ID, { description: 'The authorisation (`Authorisation.id`).' })
  authorisationId!: string;
}

@ObjectType({ description: 'Result of an action on an authorisation.' })
export class AuthorisationPayload {
  @Field(() => Authorisation, { nullable: true, description: 'The authorisation as it now stands; null when refused.' })
  authorisation?: Authorisation | null;

  @Field(() => [AuthorisationErrors.type], { description: 'Why it was refused; empty on success.' })
  errors!: AuthorisationError[];
}
