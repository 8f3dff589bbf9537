import { describe, expect, it } from 'vitest';
import { DisputeStatus } from '../registry/holdings.entity';
import { laterDecision } from './disputes.service';
import { DisputeOutcome } from './disputes.types';

describe('a decision on a dispute that is no longer open', () => {
  it('is the same decision again (nothing more happens), a conflicting one (refused), or about no dispute', () => {
    expect(laterDecision(DisputeStatus.UPHELD, DisputeOutcome.UPHELD)).toBe('ALREADY_DECIDED');
    expect(laterDecision(DisputeStatus.DISMISSED, DisputeOutcome.DISMISSED)).toBe('ALREADY_DECIDED');
    expect(laterDecision(DisputeStatus.UPHELD, DisputeOutcome.DISMISSED)).toBe('CONFLICT');
    expect(laterDecision(DisputeStatus.DISMISSED, DisputeOutcome.UPHELD)).toBe('CONFLICT');
    expect(laterDecision(DisputeStatus.NONE, DisputeOutcome.UPHELD)).toBe('NOT_FOUND');
  });
});
