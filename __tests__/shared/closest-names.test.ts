import { describe, expect, it } from '@jest/globals'
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
