/** `npm run check:content`: validate all content and list every problem at once. */
import { validateContent, formatProblems } from '../src/lib/content-validation';

const { entries, problems } = validateContent(process.cwd(), process.env.CONTENT_ROOT ?? 'content');
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Inhoud in orde: ${entries.length} stukken gecontroleerd.`);
