/** Astro integration: writes dist/_headers from the one policy definition in src/page/security-policy.ts after the build. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../src/page/security-policy.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info('wrote _headers (content security policy and security headers)');
      },
    },
  };
}
