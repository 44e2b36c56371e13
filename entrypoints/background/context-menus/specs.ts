import { i18n } from '#i18n';
import { CHOOSE, childId, menuParentTitle, PARENTS } from './plan';

export interface MenuSpec {
  id: string;
  title: string;
  parentId?: string;
  contexts?: ('selection' | 'link' | 'page')[];
  targetUrlPatterns?: string[];
  visible?: boolean;
}

/** The menus, from the recently used assessments (at most 5), most recent first; the page item's at `pageVersion`. */
export function buildMenuSpecs(
  recent: { id: string; name: string }[],
  pageVisible: boolean,
  pageVersion = 0,
): MenuSpec[] {
  const parents: MenuSpec[] = [
    // A selection, or a mailto: link: both name the person to invite.
    { id: PARENTS.target, title: menuParentTitle(), contexts: ['selection', 'link'], targetUrlPatterns: ['mailto:*'] },
    // The page itself, when a candidate was detected on it.
    { id: PARENTS.page, title: menuParentTitle(), contexts: ['page'], visible: pageVisible },
  ];
  return parents.flatMap((parent) => [
    parent,
    ...childSpecs(parent, recent, parent.id === PARENTS.page ? pageVersion : undefined),
  ]);
}

/** A parent's items: each recent assessment, then "Choose assessment…". */
export function childSpecs(parent: MenuSpec, recent: { id: string; name: string }[], version?: number): MenuSpec[] {
  return [
    ...recent.slice(0, 5).map((a) => ({
      id: childId(parent.id, { assessmentId: a.id }, version),
      parentId: parent.id,
      title: menuTitle(a.name),
      contexts: parent.contexts,
    })),
    {
      id: childId(parent.id, CHOOSE, version),
      parentId: parent.id,
      title: i18n.t('menu.choose'),
      contexts: parent.contexts,
    },
  ];
}

/** Chrome puts the selected text in place of "%s" in a title: an assessment's or a person's name must not trigger that. */
export function menuTitle(name: string): string {
  return name.replaceAll('%s', '% s');
}
