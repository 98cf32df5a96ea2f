import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminBuildIsCurrent, sourcesHash, stampPath } from '../../src/build'
import { rootDir } from '../../src/paths'

// A copy of the project, so that editing its files never disturbs the shared checkout; packages
// are left out of the graph, so node_modules is not needed.
const LEFT_OUT = new Set(['node_modules', '.next', '.git', '.data', 'media'])
let root: string

/** Runs `check` with `file` edited, then puts the file back, even when the check fails. */
const whileChanged = (file: string, check: () => void) => {
  const full = path.join(root, file)
  const original = fs.readFileSync(full)
  fs.appendFileSync(full, '\n// changed\n')
  try {
    check()
  } finally {
    fs.writeFileSync(full, original)
  }
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-build-'))
  fs.cpSync(rootDir, root, {
    recursive: true,
    filter: (source) => !LEFT_OUT.has(path.relative(rootDir, source).split(path.sep)[0]),
  })
  // As buildAdmin leaves it: a build, stamped with what it was built from.
  fs.mkdirSync(path.join(root, '.next'))
  fs.writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'test')
  fs.writeFileSync(stampPath(root), sourcesHash(root))
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('the admin build', () => {
  it('is stale while a file under fields/ that the admin imports is changed', () => {
    expect(adminBuildIsCurrent(root)).toBe(true)
    whileChanged(path.join('fields', 'labels.ts'), () =>
      expect(adminBuildIsCurrent(root)).toBe(false),
    )
    expect(adminBuildIsCurrent(root)).toBe(true)
  })

  it('is stale while the locked dependencies are changed', () => {
    whileChanged('package-lock.json', () => expect(adminBuildIsCurrent(root)).toBe(false))
  })

  it('stays current when only files the admin does not import change', () => {
    whileChanged(path.join('bench', 'api.ts'), () => expect(adminBuildIsCurrent(root)).toBe(true))
    whileChanged(path.join('tests', 'helpers', 'api.ts'), () =>
      expect(adminBuildIsCurrent(root)).toBe(true),
    )
  })
})
