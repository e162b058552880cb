/** The environment of a benchmark build, one for every bench script. */
export const benchBuildEnv = (contentDir: string, outDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: contentDir,
  OUT_DIR: outDir,
  // Cold builds: every search shard indexed, none copied from an earlier build.
  SEARCH_SHARD_CACHE: 'off',
});
