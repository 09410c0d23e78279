import { z } from 'zod';

// The page's CSP allows no `eval`: Zod must not compile parsers with `new Function`, nor even
// probe whether it may (the browser reports the refused probe as a CSP violation). Imported
// first in main.tsx, before any schema is built: each schema decides when it is created.
z.config({ jitless: true });
