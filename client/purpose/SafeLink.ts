import { Link } from '@tiptap/extension-link';
import { allowedLinkProtocols, isAllowedLink } from './linkPolicy';

/** What every rich-text link carries, whatever the document says. */
const LINK_REL = 'noopener noreferrer nofollow';
const LINK_TARGET = '_blank';

/**
 * Tiptap's link with our policy: only http, https and mailto targets render (others render
 * without an href), and `rel` and `target` are fixed. A document written by a modified client
 * can set any mark attribute, e.g. `rel: "opener"`; these attributes ignore what it holds.
 * (StarterKit's bundled copy of @tiptap/extension-link, same version.)
 */
export const SafeLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      rel: { default: LINK_REL, parseHTML: () => LINK_REL, renderHTML: () => ({ rel: LINK_REL }) },
      target: {
        default: LINK_TARGET,
        parseHTML: () => LINK_TARGET,
        renderHTML: () => ({ target: LINK_TARGET }),
      },
    };
  },
}).configure({
  protocols: [...allowedLinkProtocols],
  defaultProtocol: 'https',
  isAllowedUri: (url) => isAllowedLink(url),
  shouldAutoLink: (url) => isAllowedLink(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`),
  HTMLAttributes: { rel: LINK_REL, target: LINK_TARGET },
});
