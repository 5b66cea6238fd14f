/**
 * Synthetic content for the benchmark: a magazine of any size that passes the schemas in
 * src/schemas/*.ts (and the content validator). Deterministic (seeded), Dutch-looking text with
 * the magazine's own vocabulary, including compound words, so search has something real to chew on.
 *
 *   generateContent('/tmp/x/content', { artikelen: 2000 })
 *
 * Proportions per 100 artikelen: 5 tips, 5 activiteiten, 2 initiatieven (at least a few of each),
 * 10 rubrieken, 20 auteurs, one nummer with a cover image, the fixed pages. Every 20th artikel has a
 * photo: by default the tiny tests/fixtures image; `foto` (a file made by makePhoto) puts a camera-sized
 * photo there instead, like the ones editors upload, so image processing and image budgets are real.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** mulberry32: a small seeded PRNG, so every run builds the same site. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words every text uses, and words that belong to a subject. Real articles are about something:
// a topic word is common in its own rubriek and rare elsewhere, which is what a search index sees.
const COMMON = `
de het een en van in op met voor naar bij uit over door als maar ook nog wel niet heel veel weer samen
wij zij u ik hij ze we elkaar iedereen iets alles mensen buren kinderen kleinkinderen vrienden
is was zijn waren heeft hebben kan kunnen wil willen gaat gaan komt komen ziet zien zegt zeggen vindt vinden
mooi fijn gezellig rustig druk moeilijk makkelijk belangrijk oud jong nieuw vroeger vandaag morgen
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ochtend middag avond week maand jaar
Maassluis Vlaardingen Schiedam Westwijk Holy Sluispolder Groenoord Nieuwland Oost Koningshoek Babberspolder
`.trim().split(/\s+/);
const TOPICS = [
  'zingeving herinneringen verhalen gesprek afscheid verlies rouw kerk moskee stilte geloof dankbaarheid',
  'wandelen wandeling wandelingen fietsen fietstocht bewegen beweging gymnastiek stoelgym zwemmen dansen wandelclub',
  'huisarts ziekenhuis wijkverpleegkundige apotheek medicijnen gezond slapen drinken hoortoestel bril valpreventie evenwicht',
  'woning woningaanpassing traplift drempels douchekruk badkamer rollator scootmobiel thuiszorg mantelzorg mantelzorger',
  'geld toeslagen belasting pensioen aow zorgverzekering bijdrage wmo loket formulier aanvraag levenstestament notaris',
  'buurthuis ontmoetingscentrum vrijwilliger vrijwilligers maatje buurtcoach koffie thee koor zingen dagbesteding',
  'reis trein bus boot zeeland strand hotel koffer rolstoel taxi uitje dagtocht',
  'boek boeken bibliotheek leesclub gedicht roman schrijver boekenweek krant lezen',
  'soep stamppot boerenkool snert haring kerstdiner maaltijd lunch koken bakken recept keuken',
  'digitaal tablet smartphone internet whatsapp videobellen digid wachtwoord computer cursus digicafé',
].map((t) => t.split(' '));

const RUBRIEKEN = [
  ['zingeving', 'Zingeving', 'vast'], ['bewegen', 'Bewegen', 'vast'], ['gezondheid', 'Gezondheid', 'vast'],
  ['wonen-langer-thuis', 'Wonen & langer thuis', 'vast'], ['geld-regelzaken', 'Geld & regelzaken', 'vast'],
  ['samen-meedoen', 'Samen & meedoen', 'vast'], ['reisadviezen', 'Reisadviezen', 'wisselend'],
  ['boekenweektips', 'Boekenweektips', 'wisselend'], ['uit-de-keuken', 'Uit de keuken', 'wisselend'], ['digitaal', 'Digitaal', 'wisselend'],
];
const TIP_THEMAS = ['wonen-langer-thuis', 'gezondheid', 'bewegen', 'geld-regelzaken', 'samen-meedoen', 'veiligheid', 'voorbereiden-op-later'];
const ACT_THEMAS = ['ontmoeten', 'bewegen', 'cultuur', 'gezondheid', 'digitaal', 'hulp-advies', 'zingeving', 'wonen'];
const VOORNAMEN = ['Ria', 'Henk', 'Fatima', 'Kees', 'Gerda', 'Jan', 'Annie', 'Theo', 'Lies', 'Marco', 'Anouk', 'Piet', 'Truus', 'Ahmed', 'Joke', 'Wim', 'Nel', 'Bram', 'Saskia', 'Yusuf'];
const ACHTERNAMEN = ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'de Graaf', 'Kramer', 'Verhoef', 'de Bruin'];

const yaml = (v) => JSON.stringify(v); // JSON strings are valid YAML scalars
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const iso = (d) => d.toISOString().slice(0, 10);
const pad = (n) => String(n).padStart(2, '0');

/** A word: mostly common words, a quarter from the text's own topic, now and then any topic. */
function word(rnd, topic) {
  const r = rnd();
  if (r < 0.72) return pick(rnd, COMMON);
  if (r < 0.97 || topic === undefined) return pick(rnd, TOPICS[topic ?? Math.floor(rnd() * TOPICS.length)]);
  return pick(rnd, pick(rnd, TOPICS));
}
function sentence(rnd, min = 6, max = 16, topic) {
  const n = min + Math.floor(rnd() * (max - min));
  const ws = Array.from({ length: n }, () => word(rnd, topic));
  const s = ws.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}
function title(rnd, topic) {
  const s = Array.from({ length: 3 + Math.floor(rnd() * 4) }, (_, i) => (i % 2 ? word(rnd, topic) : pick(rnd, TOPICS[topic ?? Math.floor(rnd() * TOPICS.length)]))).join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function body(rnd, words, topic) {
  const out = [];
  let count = 0;
  while (count < words) {
    if (out.length && out.length % 4 === 0) out.push(`## ${title(rnd, topic)}`);
    const para = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rnd, 6, 16, topic)).join(' ');
    count += para.split(' ').length;
    out.push(para);
  }
  return out.join('\n\n');
}
function write(dir, file, data, text = '') {
  fs.mkdirSync(dir, { recursive: true });
  const fm = Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? `${k}:\n${Object.entries(v).filter(([, x]) => x !== undefined).map(([kk, x]) => `  ${kk}: ${yaml(x)}`).join('\n')}` : `${k}: ${yaml(v)}`))
    .join('\n');
  fs.writeFileSync(path.join(dir, file), `---\n${fm}\n---\n${text}\n`);
}

/**
 * Write a complete content folder. Returns the counts per collection.
 * @param {string} dir  target folder (becomes CONTENT_ROOT)
 * @param {{ artikelen: number, seed?: number, wordsPerArticle?: number, now?: Date, foto?: string }} options
 */
export function generateContent(dir, { artikelen = 2000, seed = 42, wordsPerArticle = 600, now = new Date(), foto } = {}) {
  const rnd = prng(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'content/site.json'), path.join(dir, 'site.json'));
  const site = JSON.parse(fs.readFileSync(path.join(dir, 'site.json'), 'utf8'));
  const gemeenten = site.gemeenten.map((g) => g.slug);
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true });
  fs.copyFileSync(foto ?? path.join(ROOT, 'tests/fixtures/content/media/omslag.jpg'), path.join(dir, 'media/omslag.jpg'));

  const n = {
    artikelen,
    tips: Math.max(5, Math.round(artikelen / 20)),
    agenda: Math.max(5, Math.round(artikelen / 20)),
    initiatieven: Math.max(3, Math.round(artikelen / 50)),
    auteurs: 20,
  };

  RUBRIEKEN.forEach(([slug, naam, soort], i) =>
    write(path.join(dir, 'rubrieken'), `${slug}.md`, { naam, beschrijving: `Alles over ${naam.toLowerCase()} in de regio.`, soort, volgorde: i + 1 }),
  );

  const auteurs = Array.from({ length: n.auteurs }, (_, i) => {
    const naam = `${VOORNAMEN[i % VOORNAMEN.length]} ${ACHTERNAMEN[i % ACHTERNAMEN.length]}`;
    const id = `auteur-${i + 1}`;
    write(path.join(dir, 'auteurs'), `${id}.md`, {
      naam,
      rol: i % 7 === 0 ? 'professional' : i % 3 === 0 ? 'gastschrijver' : 'redactielid',
      beroep: i % 7 === 0 ? 'wijkverpleegkundige' : undefined,
      woonplaats: pick(rnd, site.gemeenten).naam,
      bio: `${naam.split(' ')[0]} ${sentence(rnd, 8, 14).toLowerCase()}`,
    });
    return id;
  });

  const initiatieven = Array.from({ length: n.initiatieven }, (_, i) => {
    const id = `initiatief-${i + 1}`;
    write(
      path.join(dir, 'initiatieven'),
      `${id}.md`,
      {
        naam: `${title(rnd, i % TOPICS.length)} ${i + 1}`.slice(0, 100),
        samenvatting: sentence(rnd, 8, 14, i % TOPICS.length).slice(0, 240),
        gemeenten: [gemeenten[i % gemeenten.length]],
        themas: [ACT_THEMAS[i % ACT_THEMAS.length]],
        telefoon: '010 123 45 67',
        voorWie: 'Inwoners van 65 jaar en ouder',
        kosten: 'Gratis',
      },
      body(rnd, 120, i % TOPICS.length),
    );
    return id;
  });

  // Articles: spread over the last ten years, newest first; every 20th has the cover photo.
  const day = 864e5;
  const span = 3650 * day;
  const nummerArtikelen = [];
  for (let i = 0; i < n.artikelen; i++) {
    const id = `artikel-${String(i + 1).padStart(5, '0')}`;
    const published = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - Math.floor((i / n.artikelen) * span) - day);
    const inNummer = i < 8;
    if (inNummer) nummerArtikelen.push(id);
    const metFoto = i % 20 === 0;
    const g = rnd() < 0.6 ? [gemeenten[Math.floor(rnd() * gemeenten.length)]] : undefined;
    write(
      path.join(dir, 'artikelen'),
      `${id}.md`,
      {
        titel: title(rnd, i % RUBRIEKEN.length).slice(0, 120),
        samenvatting: sentence(rnd, 12, 24, i % RUBRIEKEN.length).slice(0, 300),
        rubriek: RUBRIEKEN[i % RUBRIEKEN.length][0],
        nummer: inNummer ? '1' : undefined,
        auteurs: [auteurs[i % auteurs.length]],
        publicatiedatum: iso(published),
        afbeelding: metFoto ? '../media/omslag.jpg' : undefined,
        afbeeldingAlt: metFoto ? 'Een brede rivier met schepen onder een blauwe lucht' : undefined,
        gemeenten: g,
      },
      body(rnd, wordsPerArticle, i % RUBRIEKEN.length),
    );
  }

  write(path.join(dir, 'nummers'), '1.md', {
    nummer: 1,
    titel: 'Het eerste nummer',
    verschijningsdatum: iso(new Date(now.getTime() - 30 * day)),
    omslag: '../media/omslag.jpg',
    omslagAlt: 'Een brede rivier met schepen onder een blauwe lucht',
    uitgelicht: nummerArtikelen[0],
  }, body(rnd, 80));

  for (let i = 0; i < n.tips; i++) {
    write(
      path.join(dir, 'tips'),
      `tip-${i + 1}.md`,
      {
        titel: `Tip ${i + 1}: ${title(rnd, i % TOPICS.length)}`.slice(0, 120),
        kortId: `b${(i + 1).toString(36)}x`,
        samenvatting: sentence(rnd, 8, 16, i % TOPICS.length).slice(0, 240),
        thema: TIP_THEMAS[i % TIP_THEMAS.length],
        stappen: [sentence(rnd, 5, 10, i % TOPICS.length), sentence(rnd, 5, 10, i % TOPICS.length), sentence(rnd, 5, 10, i % TOPICS.length)],
        voorWie: 'Iedereen die thuis woont',
        hulp: [initiatieven[i % initiatieven.length]],
        gecontroleerdDoor: 'Anouk de Graaf, wijkverpleegkundige',
        gecontroleerdOp: iso(new Date(now.getTime() - (i % 300) * day)),
      },
      body(rnd, 150, i % TOPICS.length),
    );
  }

  // Activities: a third recurring weekly, the rest one-off; a quarter of the one-offs already past.
  for (let i = 0; i < n.agenda; i++) {
    const offset = i % 4 === 0 ? -20 - i : 3 + i;
    const d = new Date(now.getTime() + offset * day);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const recurring = i % 3 === 0;
    write(
      path.join(dir, 'agenda'),
      `activiteit-${i + 1}.md`,
      {
        titel: `${title(rnd, i % TOPICS.length)} ${i + 1}`.slice(0, 120),
        samenvatting: sentence(rnd, 8, 14, i % TOPICS.length).slice(0, 240),
        start: `${date}T10:00`,
        einde: `${date}T11:30`,
        herhaling: recurring ? { patroon: 'wekelijks' } : undefined,
        locatie: { naam: 'Buurthuis De Schakel', adres: 'Schakelplein 4, 3134 AB Vlaardingen', gemeente: gemeenten[i % gemeenten.length] },
        organisator: initiatieven[i % initiatieven.length],
        kosten: 'Gratis',
        aanmelden: { nodig: false },
        toegankelijkheid: { rolstoel: true, ringleiding: false, toilet: true, parkeren: true, ov: true },
        themas: [ACT_THEMAS[i % ACT_THEMAS.length]],
      },
      body(rnd, 100, i % TOPICS.length),
    );
  }

  for (const [slug, titel] of [['over', 'Over ons'], ['redactie', 'De redactie'], ['colofon', 'Colofon'], ['privacy', 'Privacy'], ['toegankelijkheidsverklaring', 'Toegankelijkheid']]) {
    write(path.join(dir, 'paginas'), `${slug}.md`, { titel, samenvatting: `${titel} van het magazine.` }, body(rnd, 150));
  }
  return n;
}

/**
 * A stand-in for a photo straight from a phone or camera: 3200 × 2400 pixels, JPEG quality 90,
 * about 1.2 MB. Made of layered noise at every scale (the 1/f spectrum of real photos), so it
 * compresses like a photo, not like a flat illustration: as WebP about 90 KB at 1200 px wide and
 * 375 KB at full size. Deterministic; takes a few seconds.
 */
export async function makePhoto(file, { width = 3200, height = 2400, seed = 7 } = {}) {
  const rnd = prng(seed);
  const n = width * height;
  const acc = new Float32Array(n * 3);
  let weights = 0;
  for (let s = 4; s <= width / 2; s *= 2) {
    const w = s;
    const h = Math.max(2, Math.round((s * height) / width));
    // Mostly brightness shared by the three channels, a little colour of its own.
    const small = Buffer.alloc(w * h * 3);
    for (let i = 0; i < w * h; i++) {
      const l = rnd() * 200;
      for (let c = 0; c < 3; c++) small[i * 3 + c] = Math.min(255, l + rnd() * 55);
    }
    const big = await sharp(small, { raw: { width: w, height: h, channels: 3 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
    const weight = 1 / Math.sqrt(s);
    weights += weight;
    for (let i = 0; i < acc.length; i++) acc[i] += big[i] * weight;
  }
  const out = Buffer.alloc(n * 3);
  for (let i = 0; i < acc.length; i++) out[i] = Math.max(0, Math.min(255, (acc[i] / weights - 128) * 2.5 + 128 + (rnd() - 0.5) * 10));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await sharp(out, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toFile(file);
  return file;
}
