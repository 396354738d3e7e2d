import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { closestNames, editDistance } from '../../src/shared/closest-names.js'

describe('closestNames', () => {
  const graphs = ['movies', 'social', 'movies_v2', 'finance', 'Movies2024']

  it.each([
    ['moviez', ['movies']],
    ['movie', ['movies', 'movies_v2', 'Movies2024']],
    ['MOVIES', ['movies', 'movies_v2', 'Movies2024']],
    ['socail', ['social']],
    ['social-prod', ['social']],
    ['inventory', []],
    ['x', []]
  ])('%j → %j', (name, expected) => {
    expect(closestNames(name, graphs)).toEqual(expected)
  })

  it('nearest first, then by name, at most max', () => {
    expect(closestNames('abcd', ['abce', 'abcf', 'abzz', 'abcd1'], 2)).toEqual(['abcd1', 'abce'])
  })

  it('counts edits', () => {
    expect(editDistance('moviez', 'movies')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })
})

describe('closestNames with cheap answers', () => {
  it('suggests what the full edit distance suggests, for names of every length (property)', () => {
    const reference = (name: string, names: readonly string[]): string[] => {
      const wanted = name.slice(0, 200).toLowerCase()
      const limit = Math.max(2, Math.floor(wanted.length / 3))
      return [...new Set(names)]
        .map((candidate) => {
          const lower = candidate.slice(0, 200).toLowerCase()
          const distance = editDistance(wanted, lower)
          const related = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower)) && lower.length >= 3
          return { candidate, distance, close: distance <= limit || related }
        })
        .filter((c) => c.close)
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, 3)
        .map((c) => c.candidate)
    }
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'M', '_'), maxLength: 12 })
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 20 }), (name, names) => {
        expect(closestNames(name, names)).toEqual(reference(name, names))
      })
    )
  })
})
