import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { ErrorCode, requestError } from '../../shared/errors';
import type { Deps } from '../../shared/module';
import { normalizeDigits } from '../../shared/normalize';
import { DisputeStatus, Violation } from '../registry';
import { DisputeErrors } from './disputes.errors';
import { DecideDisputeInput, DecideDisputePayload } from './disputes.types';

@Resolver(() => Violation)
export class DisputesResolver {
  constructor(private readonly deps: Deps<'config' | 'disputes'>) {}

  @Access('signedIn')
  @Mutation(() => DecideDisputePayload, {
    description:
      "Decides one of your open disputes at once, as the traffic department would. Only on servers with DISPUTE_DECISIONS=dev (the default outside production); elsewhere NOT_ENABLED: the department's signed callback decides.",
  })
  decideDispute(
    @Actor() actor: Actor,
    @Arg('input', () => DecideDisputeInput, { description: 'Which dispute and the decision.' }) input: DecideDisputeInput,
    @Ctx() ctx: Context,
  ): Promise<DecideDisputePayload> {
    if (this.deps.config.disputeDecisions !== 'dev') throw requestError(ErrorCode.NOT_ENABLED, ctx.lang);
    return DisputeErrors.attempt(ctx.lang, () => this.deps.disputes.decideDev(ctx.work, actor.accountId, normalizeDigits(input.violationNumber).trim().slice(0, 20), input.outcome));
  }

  @FieldResolver(() => Boolean, { description: 'Whether `decideDispute` (the development button) can decide its dispute now: disputed and open, on a server with DISPUTE_DECISIONS=dev.' })
  decidableInDevelopment(@Root() violation: Violation): boolean {
    return this.deps.config.disputeDecisions === 'dev' && violation.disputeStatus === DisputeStatus.OPEN;
  }
}
