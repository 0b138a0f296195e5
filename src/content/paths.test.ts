import { describe, expect, it } from 'vitest'
import { eventPage, eventPath, outletFeedFolder, outletPath, storyPage, storyPath, topicPath } from './paths.ts'

describe('paths', () => {
  it('are the same on both sides for a slug id', () => {
    expect(storyPage('2020-11-13-lapd-bars')).toBe('story/2020-11-13-lapd-bars')
    expect(storyPath('2020-11-13-lapd-bars')).toBe(`/${storyPage('2020-11-13-lapd-bars')}`)
    expect(eventPage('e-1')).toBe('event/e-1')
    expect(outletFeedFolder('nola.com')).toBe('outlet/nola.com/')
  })

  it('encode any id or domain one way, in files and links alike', () => {
    expect(storyPage('a/b?c')).toBe('story/a%2Fb%3Fc')
    expect(storyPath('a/b?c')).toBe('/story/a%2Fb%3Fc')
    expect(eventPath('x#y')).toBe('/event/x%23y')
    expect(outletPath('nola.com')).toBe('/?provider=nola.com')
    expect(topicPath('Facial recognition')).toBe('/?topic=Facial+recognition')
  })
})
