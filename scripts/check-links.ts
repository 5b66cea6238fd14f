/**
 * `npm run check:links [dist]` — link integrity over the built site (src/lib/link-check.ts).
 * Part of `npm test`, after the build. Exits 1 and lists every broken link, anchor or image.
 */
import site from '../content/site.json' with { type: 'json' };
import { checkLinks } from '../src/lib/link-check';

const dist = process.argv[2] ?? 'dist';
const started = Date.now();
const r = checkLinks(dist, site.url);
console.log(
  `Links gecontroleerd in ${dist}/: ${r.pages} pagina's, ${r.internal} interne links, ${r.fragments} ankers, ${r.assets} afbeeldingen/bestanden, ${r.external} externe links (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
if (r.problems.length) {
  console.error(`\n✗ ${r.problems.length} kapotte of onveilige link(s):`);
  for (const p of r.problems) console.error(`  ${p.page}: ${p.ref} — ${p.problem}`);
  process.exit(1);
}
console.log('✓ Geen kapotte links, ankers of afbeeldingen; externe links openen veilig.');
