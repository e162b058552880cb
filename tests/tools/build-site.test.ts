import { describe, expect, it } from 'vitest';
import { buildEnvironment, FAR_FROM_SHANGHAI } from '../../tools/build-site.ts';

describe('the environment of a build', () => {
  it('passes each option as the setting an operator would, with telemetry off', () => {
    const env = buildEnvironment({
      outDir: '/tmp/out',
      contentDir: '/tmp/content',
      base: '/news-archive/',
      siteUrl: 'https://news.example.org',
      shardSize: 8,
      prerenderWorkers: 2,
      timeZone: FAR_FROM_SHANGHAI,
    });
    expect(env).toMatchObject({
      ASTRO_TELEMETRY_DISABLED: '1',
      OUT_DIR: '/tmp/out',
      CONTENT_DIR: '/tmp/content',
      BASE_PATH: '/news-archive/',
      SITE_URL: 'https://news.example.org',
      SEARCH_SHARD_SIZE: '8',
      PRERENDER_WORKERS: '2',
      TZ: 'America/Los_Angeles',
    });
    expect(env.PATH).toBe(process.env.PATH);
  });

  it('leaves a setting not given as this process has it, and applies `env` last', () => {
    const env = buildEnvironment({ outDir: '/tmp/out', shardSize: 8, env: { SEARCH_SHARD_SIZE: '2.5k' } });
    expect(env.SEARCH_SHARD_SIZE).toBe('2.5k');
    expect(env.TZ).toBe(process.env.TZ);
    expect(Object.values(env)).not.toContain('undefined');
    expect(Object.values(env)).not.toContain(undefined);
  });
});
