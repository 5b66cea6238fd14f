/** The main menu (src/components/Header.astro): the collections' names and addresses come from the registry. */
import { t } from '../i18n';
import { registry, sectionPath, type CollectionName } from '../schemas/index';

export interface MenuItem {
  /** Matches BaseLayout's `section` prop, which marks the current item. */
  key: string;
  href: string;
  label: string;
}

/** The collections that have a place in the menu, in menu order. */
const menuSections = ['nummers', 'rubrieken', 'agenda', 'tips', 'initiatieven'] as const satisfies readonly Exclude<CollectionName, 'paginas'>[];

/** A collection's section: its overview address and name, for the menu and breadcrumbs. */
export function section(collection: (typeof menuSections)[number]): { href: string; label: string } {
  return { href: sectionPath(collection), label: registry[collection].label };
}

export function mainMenu(): MenuItem[] {
  return [{ key: 'home', href: '/', label: t('nav.home') }, ...menuSections.map((key) => ({ key, ...section(key) }))];
}
