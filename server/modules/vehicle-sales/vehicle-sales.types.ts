import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { VehicleSale } from './vehicle-sale.entity';
import { VehicleSaleErrors, type VehicleSaleError } from './vehicle-sales.errors';

@InputType({ description: 'Offer one of your vehicles to a buyer.' })
export class OfferVehicleSaleInput {
  @Field(() => String, { description: 'The plate of a vehicle registered in your name.' })
  plate!: string;

  @Field(() => String, { description: "The buyer's national ID or iqama number (10 digits)." })
  buyerNationalId!: string;

  @Field(() => Int, { description: 'The price in whole riyals: from 500 to 1,000,000. The buyer pays it, plus the fees, into escrow.' })
  price!: number;
}

@InputType({ description: 'A vehicle sale to act on.' })
export class VehicleSaleInput {
  @Field(() => ID, { description: 'The sale (`VehicleSale.id`).' })
  saleId!: string;
}

@ObjectType({ description: 'Result of an action on a vehicle sale.' })
export class VehicleSalePayload {
  @Field(() => VehicleSale, { nullable: true, description: 'The sale as it now stands; null when refused.' })
  sale?: VehicleSale | null;

  @Field(() => [VehicleSaleErrors.type], { description: 'Why it was refused; empty on success.' })
  errors!: VehicleSaleError[];
}
