import { Registry, type Metric } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from './metrics';

describe('LatencyHistogram', () => {
  it('reads in the Prometheus text format as a histogram: cumulative buckets up to +Inf, sum and count, per operation and type', async () => {
    const histogram = new LatencyHistogram('t_duration_seconds', 'Durations.', [0.01, 0.1, 1]);
    const registry = new Registry();
    registry.registerMetric(histogram as unknown as Metric);
    for (const seconds of [0.005, 0.01, 0.05, 0.5, 3]) histogram.observe('Me', 'query', seconds);
    histogram.observe('Login', 'mutation', 0.2);
    const text = await registry.metrics();
    expect(text).toContain('# HELP t_duration_seconds Durations.\n# TYPE t_duration_seconds histogram');
    for (const line of [
      't_duration_seconds_bucket{le="0.01",operation="Me",type="query"} 2',
      't_duration_seconds_bucket{le="0.1",operation="Me",type="query"} 3',
      't_duration_seconds_bucket{le="1",operation="Me",type="query"} 4',
      't_duration_seconds_bucket{le="+Inf",operation="Me",type="query"} 5',
      't_duration_seconds_sum{operation="Me",type="query"} 3.565',
      't_duration_seconds_count{operation="Me",type="query"} 5',
      't_duration_seconds_bucket{le="0.1",operation="Login",type="mutation"} 0',
      't_duration_seconds_bucket{le="1",operation="Login",type="mutation"} 1',
      't_duration_seconds_count{operation="Login",type="mutation"} 1',
    ])
      expect(text.split('\n')).toContain(line);
    histogram.reset();
    expect(await registry.metrics()).not.toContain('t_duration_seconds_count');
  });
});
