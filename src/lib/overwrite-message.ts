/**
 * The Dutch message for a save stopped because someone else changed the entry since this editor
 * opened it (issue 16), in one place: said by the local backend of `npm start`
 * (cms/local-backend.mjs, which Node loads directly: keep this file free of imports and of
 * non-erasable TypeScript) and by the CMS page's check for GitHub, GitLab and Forgejo
 * (cms/hosted-guard.ts).
 */
const whenFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** "donderdag 3 december om 10:15" for an ISO time, or '' when there is none. */
export function whenChanged(iso: string | undefined): string {
  const date = iso ? new Date(iso) : undefined;
  return date && !Number.isNaN(date.getTime()) ? whenFormat.format(date) : '';
}

/** How the message begins (cms/save-refusal.ts finds it in Decap's error toast). */
export const OVERWRITE_HEAD = 'Dit stuk is intussen door iemand anders veranderd';

/** `file`: the entry's path; `who`, `when`: as far as the Git host tells them ('' when not). */
export function changedMessage(file: string, who: string, when: string): string {
  const name = file.split('/').pop() ?? file;
  return (
    `${OVERWRITE_HEAD}${who ? ` (${who}` : ''}${when ? `${who ? ', ' : ' ('}${when}` : ''}${who || when ? ')' : ''}. ` +
    `Uw versie is niet opgeslagen, zodat het werk van de ander niet verloren gaat. Uw tekst staat nog in het scherm: kopieer wat u schreef (bijvoorbeeld naar een e-mail aan uzelf), ` +
    `open het stuk opnieuw en voeg uw wijzigingen toe aan de nieuwe versie. (${name})`
  );
}
