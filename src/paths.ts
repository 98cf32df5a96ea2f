import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root, wherever the process was started from. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
