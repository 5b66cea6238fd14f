/**
 * Astro integration: validate all content before the build and fail with the complete list
 * of problems (see src/lib/content-validation.ts). In `astro dev` the problems are printed
 * but the server keeps running, so an editor's mistake never takes the preview down.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, validateContent } from '../lib/content-validation';

export default function validateContentIntegration(): AstroIntegration {
  return {
    name: 'vief:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const contentRoot = process.env.CONTENT_ROOT ?? 'content';
        const { entries, problems } = validateContent(root, contentRoot);
        if (problems.length === 0) {
          logger.info(`Inhoud in orde: ${entries.length} stukken gecontroleerd.`);
          return;
        }
        if (command === 'build') throw new Error(formatProblems(problems));
        logger.error(formatProblems(problems));
      },
    },
  };
}
