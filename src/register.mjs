// Preloaded by every script (`node --import ./src/register.mjs …`): TypeScript through tsx.
import { register } from 'tsx/esm/api'

register()

// On Node 20 the event loop can run empty while tsx's loader thread is still answering an
// import; Node then exits with code 13 in the middle of a start (seen about once in 20 starts).
// A timer keeps the loop alive until the program has handles of its own and clears it.
export const keepAlive = setInterval(() => undefined, 1 << 30)
