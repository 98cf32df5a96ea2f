// Preloaded by every script (`node --import ./src/register.mjs …`): TypeScript through tsx.
import { register } from 'tsx/esm/api'

// Lexical's Node entry points each wait at top level for a dynamic import of the real build.
// When several of them are evaluated at once (Payload's rich-text editor imports a dozen), Node 20
// now and then loses track of one: the import never settles and the process exits with code 13,
// or waits for ever. Evaluating `lexical` alone first, before anything imports it in
// parallel, avoids it (0 stalls in 24 starts, against about one in two).
await import('lexical')

register()
