/**
 * `npm run nieuwsbrief` — sends the e-mail edition of a nummer (issue 19) over SMTP with nodemailer.
 *
 *   npm run nieuwsbrief -- --nummer 12 --proef redactie@example.nl   first a test to one address
 *   npm run nieuwsbrief -- --nummer 12                                 then to the mailing list (NIEUWSBRIEF_AAN)
 *
 * It sends what the build made (dist/nieuwsbrief/<n>/index.html and dist/nieuwsbrief/<n>.txt), not a
 * second rendering: the e-mail is then exactly the page the redactie checked on the site, and the
 * build is the one place that reads the content (Astro's collections, images and the build's clock).
 * So run `npm run build` first (the pipelines send after `npm run publiceer`).
 *
 * Options:
 *   --nummer <n>     the nummer to send
 *   --proef <adres>  send only to this address, subject prefixed with "[Proef]"
 *   --bron <map|url> where the built site is: a folder (default dist) or the live site ("live" =
 *                    `url` in content/site.json; the GitHub workflow sends what is online)
 *   --bepaal         pipelines: decide whether this publish brings a new nummer that must be sent.
 *                    Only when content/site.json `nieuwsbrief.automatischVersturen` is true, and only
 *                    the newest nummer in the build whose e-mail page is not online yet (--live <url>,
 *                    default the site's url: it was sent at an earlier publish). Writes `nummer=<n>`
 *                    (or `nummer=`) to $GITHUB_OUTPUT and, with --dotenv <file>, NIEUWSBRIEF_NUMMER=<n>.
 *                    Sends nothing itself.
 *   --site <file>    the site settings to read instead of content/site.json (tests)
 *
 * Environment (docs/nieuwsbrief.md):
 *   SMTP_HOST, SMTP_PORT (default 587; 465 = TLS from the start), SMTP_USER + SMTP_PASS (if the server
 *   wants a login), SMTP_TLS (default "ja": encryption required; "uit" only for a server on this
 *   machine), NIEUWSBRIEF_VAN (sender, e.g. "Vief <redactie@vief-mvs.nl>"), NIEUWSBRIEF_AAN (the
 *   mailing list's posting address; not needed with --proef).
 *
 * Every problem is one Dutch sentence and exit code 1; never a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { parse } from 'node-html-parser';
import { siteSchema } from '../src/schemas/site';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A problem the user can fix: printed as it is, without a stack trace. */
class Fout extends Error {}

interface Options { nummer?: string; proef?: string; bron: string; bepaal: boolean; live?: string; dotenv?: string; site: string }

function readOptions(argv: string[]): Options {
  const o: Options = { bron: 'dist', bepaal: false, site: path.join(projectRoot, 'content', 'site.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Fout(`Na ${a} hoort een waarde (bijvoorbeeld ${a === '--nummer' ? '--nummer 12' : a === '--proef' ? '--proef naam@voorbeeld.nl' : `${a} dist`}).`);
      return v;
    };
    if (a === '--nummer') o.nummer = value();
    else if (a === '--proef') o.proef = value();
    else if (a === '--bron') o.bron = value();
    else if (a === '--live') o.live = value();
    else if (a === '--dotenv') o.dotenv = value();
    else if (a === '--site') o.site = value();
    else if (a === '--bepaal') o.bepaal = true;
    else throw new Fout(`Onbekende optie "${a}". Gebruik: npm run nieuwsbrief -- --nummer 12 [--proef adres@voorbeeld.nl] [--bron dist]`);
  }
  return o;
}

function siteSettings(file: string) {
  let parsed;
  try {
    parsed = siteSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    throw new Fout(`${path.relative(process.cwd(), file)} is niet te lezen (geen geldige JSON?).`);
  }
  if (!parsed.success) throw new Fout(`${path.relative(process.cwd(), file)} bevat fouten: voer npm run check:content uit voor de lijst.`);
  return parsed.data;
}

const isUrl = (s: string) => /^https?:\/\//.test(s);

/** The built e-mail of nummer n: HTML, text and subject, from a folder or from the live site. */
async function readEdition(bron: string, n: string, siteFile: string): Promise<{ html: string; text: string; subject: string; where: string }> {
  const base = bron === 'live' ? siteSettings(siteFile).url : bron;
  let html: string | undefined;
  let text: string | undefined;
  let where: string;
  if (isUrl(base)) {
    const get = async (p: string) => {
      const url = new URL(p, base.endsWith('/') ? base : `${base}/`).href;
      let res: Response;
      try {
        res = await fetch(url);
      } catch {
        throw new Fout(`De site ${base} is niet bereikbaar (${url}).`);
      }
      return res.ok ? res.text() : undefined;
    };
    where = base;
    html = await get(`nieuwsbrief/${n}/`);
    text = html === undefined ? undefined : await get(`nieuwsbrief/${n}.txt`);
  } else {
    const dir = path.resolve(base);
    where = path.relative(process.cwd(), dir) || '.';
    if (!fs.existsSync(path.join(dir, 'nieuwsbrief'))) throw new Fout(`In ${where}/ staat geen gebouwde site met nieuwsbrieven. Bouw eerst de site: npm run build.`);
    const read = (p: string) => (fs.existsSync(path.join(dir, p)) ? fs.readFileSync(path.join(dir, p), 'utf8') : undefined);
    html = read(path.join('nieuwsbrief', n, 'index.html'));
    text = read(path.join('nieuwsbrief', `${n}.txt`));
  }
  if (html === undefined || text === undefined)
    throw new Fout(`Nummer ${n} staat niet in de gebouwde site (${where}): bestaat content/nummers/${n}.md, is het al verschenen (de verschijningsdatum) en is de site daarna gebouwd?`);
  const subject = parse(html).querySelector('title')?.textContent.trim();
  if (!subject) throw new Fout(`De nieuwsbrief van nummer ${n} in ${where} heeft geen onderwerp (<title>): bouw de site opnieuw.`);
  return { html, text, subject, where };
}

function smtpFromEnv(env: NodeJS.ProcessEnv) {
  const missing = ['SMTP_HOST', 'NIEUWSBRIEF_VAN'].filter((k) => !env[k]);
  if (missing.length) throw new Fout(`De instelling${missing.length > 1 ? 'en' : ''} ${missing.join(' en ')} ontbre${missing.length > 1 ? 'ken' : 'ekt'} (omgevingsvariabelen; zie docs/nieuwsbrief.md).`);
  const port = Number(env.SMTP_PORT || 587);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Fout(`SMTP_PORT "${env.SMTP_PORT}" is geen poortnummer (bijvoorbeeld 587 of 465).`);
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASS)) throw new Fout('Vul SMTP_USER en SMTP_PASS allebei in, of allebei niet.');
  const tls = !/^(uit|nee|off|false|0)$/i.test(env.SMTP_TLS ?? '');
  return {
    host: env.SMTP_HOST!,
    port,
    secure: tls && port === 465,
    requireTLS: tls && port !== 465,
    ignoreTLS: !tls,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS! } : undefined,
  };
}

async function send(o: Options, env: NodeJS.ProcessEnv): Promise<void> {
  if (!o.nummer) throw new Fout('Welk nummer? Gebruik: npm run nieuwsbrief -- --nummer 12 (eerst met --proef uw@adres.nl).');
  if (!/^\d{1,4}$/.test(o.nummer)) throw new Fout(`"${o.nummer}" is geen nummer van het magazine (een getal, bijvoorbeeld 12).`);
  const to = o.proef ?? env.NIEUWSBRIEF_AAN;
  if (!to) throw new Fout('NIEUWSBRIEF_AAN ontbreekt: het adres waarop de verzendlijst berichten aanneemt (zie docs/nieuwsbrief.md). Voor een proef: --proef uw@adres.nl');
  const smtp = smtpFromEnv(env);
  const edition = await readEdition(o.bron, o.nummer, o.site);
  const transport = nodemailer.createTransport(smtp);
  try {
    const info = await transport.sendMail({
      from: env.NIEUWSBRIEF_VAN,
      to,
      subject: o.proef ? `[Proef] ${edition.subject}` : edition.subject,
      html: edition.html,
      text: edition.text,
      headers: { 'Content-Language': 'nl' },
    });
    if (info.rejected.length) throw new Fout(`De mailserver weigerde ${info.rejected.join(', ')}.`);
    console.log(`✓ Nieuwsbrief van nummer ${o.nummer} verstuurd aan ${to}${o.proef ? ' (proef)' : ''}: "${edition.subject}" (uit ${edition.where}).`);
  } catch (e) {
    if (e instanceof Fout) throw e;
    const err = e as { code?: string; message?: string };
    throw new Fout(`Versturen via ${smtp.host}:${smtp.port} is mislukt${err.code ? ` (${err.code})` : ''}: ${err.message ?? e}. Kloppen SMTP_HOST, SMTP_PORT, SMTP_USER en SMTP_PASS?`);
  } finally {
    transport.close();
  }
}

/** --bepaal: which nummer (if any) this publish must send. */
async function decide(o: Options, env: NodeJS.ProcessEnv): Promise<void> {
  const out = (nummer: string, why: string) => {
    console.log(why);
    if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, `nummer=${nummer}\n`);
    if (o.dotenv) fs.writeFileSync(o.dotenv, `NIEUWSBRIEF_NUMMER=${nummer}\n`);
  };
  const site = siteSettings(o.site);
  if (!site.nieuwsbrief.automatischVersturen) return out('', 'Nieuwsbrief: automatisch versturen staat uit (content/site.json → nieuwsbrief.automatischVersturen).');
  const dir = path.resolve(o.bron, 'nieuwsbrief');
  const built = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^\d+$/.test(f)).map(Number) : [];
  if (!built.length) return out('', `Nieuwsbrief: er staat nog geen verschenen nummer in ${o.bron}/.`);
  const newest = String(Math.max(...built));
  const live = o.live ?? site.url;
  const url = new URL(`/nieuwsbrief/${newest}/`, live).href;
  let status: number;
  try {
    status = (await fetch(url, { method: 'HEAD', redirect: 'manual' })).status;
  } catch {
    return out('', `Nieuwsbrief: ${live} is niet bereikbaar, dus niet te zien of nummer ${newest} al verstuurd is; er wordt niets verstuurd (verstuur hem zo nodig met npm run nieuwsbrief -- --nummer ${newest}).`);
  }
  if (status === 404) return out(newest, `Nieuwsbrief: nummer ${newest} is nieuw in deze publicatie en wordt na het online zetten verstuurd.`);
  if (status >= 200 && status < 400) return out('', `Nieuwsbrief: nummer ${newest} stond al online, dus is bij een eerdere publicatie verstuurd.`);
  return out('', `Nieuwsbrief: ${url} gaf status ${status}; er wordt niets verstuurd (verstuur hem zo nodig met npm run nieuwsbrief -- --nummer ${newest}).`);
}

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const o = readOptions(argv);
    await (o.bepaal ? decide(o, env) : send(o, env));
    return 0;
  } catch (e) {
    console.error(`✗ ${e instanceof Fout ? e.message : `Onverwachte fout: ${(e as Error)?.message ?? e}`}`);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
