import { Field, InputType, ObjectType } from 'type-graphql';
import { Money } from '../../shared/money';
import { ServiceRequest } from '../requests';
import { Bill } from './bill.entity';
import { PaymentErrors, type PaymentError } from './payments.errors';

@InputType({ description: 'Pay a bill (development payment button).' })
export class PayBillInput {
  @Field(() => String, { description: 'The SADAD bill number.' })
  billNumber!: string;
}

@ObjectType({ description: 'Result of `payBill`.' })
export class PayBillPayload {
  @Field(() => Bill, { nullable: true, description: 'The bill, now paid.' })
  bill?: Bill | null;

  @Field(() => ServiceRequest, { nullable: true, description: 'Its request, now completed (or rejected, if a rule stopped holding).' })
  request?: ServiceRequest | null;

  @Field(() => [PaymentErrors.type], { description: 'Why it was not paid; empty on success.' })
  errors!: PaymentError[];
}

@ObjectType({ description: 'One line of a bill.' })
export class BillItemView {
  @Field(() => String, { description: 'Stable code of the line (PASSPORT_FEE, LATE_FEE, VIOLATION, …).' })
  code!: string;

  @Field(() => String, { description: "What it is for, in the caller's language." })
  label!: string;

  @Field(() => Money, { description: 'Its amount.' })
  amount!: Money;
}
