/** `npm run check:content`: validate all content and list every problem at once. */
import { validateContent, formatProblems } from '../src/lib/content-validation';
import { leesniveau, leesniveauRegels, needsAttention, readableMarkdown } from '../src/lib/readability';
import { t } from '../src/i18n';

const { entries, problems } = validateContent(process.cwd(), process.env.CONTENT_ROOT ?? 'content');

// Leesniveau (issue 7): tips for the editor about artikelen and tips, printed as warnings, never a failure.
const leesbaar = entries.filter((e) => e.collection === 'artikelen' || e.collection === 'tips');
const aandacht = leesbaar.map((e) => ({ file: e.file, rapport: leesniveau(readableMarkdown(e.data, e.body)) })).filter((x) => needsAttention(x.rapport));
if (aandacht.length) {
  console.log(t('leesniveau.kop'));
  for (const { file, rapport } of aandacht) console.log(`  ${file}\n${leesniveauRegels(rapport).map((r) => `    ${r}`).join('\n')}`);
  console.log(t('leesniveau.samenvatting', { n: aandacht.length, totaal: leesbaar.length }));
}
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Inhoud in orde: ${entries.length} stukken gecontroleerd.`);
