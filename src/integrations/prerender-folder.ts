/**
 * Where Astro writes the code it renders pages with during a build (its "prerender" bundle),
 * before it imports it. Astro puts it in the output folder when it takes that folder for one
 * inside the project, judged by the path's first characters: an OUT_DIR such as /work/site-out
 * beside a project at /work/site passes that test, and the bundle, written outside the project,
 * cannot import the project's packages ("Cannot find package '@oslojs/encoding'"). This puts it
 * in the build's cache folder, inside the project, whatever OUT_DIR is; Astro removes it after.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function prerenderFolder(): AstroIntegration {
  return {
    name: 'news-archive:prerender-folder',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const folder = join(fileURLToPath(config.cacheDir), 'prerender');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'news-archive:prerender-folder',
                configEnvironment(name, environment) {
                  if (name === 'prerender' && environment.build) environment.build.outDir = folder;
                },
              },
            ],
          },
        });
      },
    },
  };
}
