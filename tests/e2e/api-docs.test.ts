import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { rootDir } from '../../src/paths'
import { serverForTests } from '../helpers/server'

const run = promisify(execFile)
const page = fs.readFileSync(path.join(rootDir, 'docs/api.md'), 'utf8')
const blocks = (language: string) =>
  [...page.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!)

/** docs/api.md promises its examples run as written against `npm start`: they are run here. */
describe('the examples of docs/api.md', () => {
  const server = serverForTests()

  it('has shell and TypeScript examples', () => {
    expect(blocks('sh').length).toBeGreaterThanOrEqual(6)
    expect(blocks('ts')).toHaveLength(1)
  })

  it.each(
    blocks('sh').map((block) => [
      block
        .split('\n')
        .find((l) => l && !l.startsWith('#'))!
        .slice(0, 70),
      block,
    ]),
  )('runs: %s', async (_, block) => {
    const script = block.replaceAll('http://localhost:3000', server.url)
    const { stdout } = await run('sh', ['-e', '-c', script], { cwd: rootDir })
    expect(stdout.trim().length).toBeGreaterThan(0)
    expect(stdout).not.toMatch(/"errors"/)
  })

  it('runs the typed SDK client', async () => {
    const file = path.join(rootDir, 'docs', `.api-example-${process.pid}.ts`)
    fs.writeFileSync(file, blocks('ts')[0]!)
    try {
      // tsx's own CLI: the example must end by itself, as it would in a partner's project.
      const { stdout } = await run(path.join(rootDir, 'node_modules/.bin/tsx'), [file], {
        cwd: rootDir,
        env: { ...process.env, API_URL: `${server.url}/api` },
      })
      expect(stdout).toContain('Congrès')
      expect(stdout).toContain(
        'Actes du Premier Congrès national des développeurs territoriaux — Union nationale',
      )
    } finally {
      fs.rmSync(file, { force: true })
    }
  })
})
