import { describe, expect, it } from 'vitest'
import { eventFeedFolder, eventFile, eventPath, outletFeedFolder, outletPath, storyFile, storyPage, storyPath, topicPath } from './paths.ts'

describe('paths', () => {
  it('are the same on both sides for a slug id', () => {
    expect(storyFile('2020-11-13-lapd-bars')).toBe('story/2020-11-13-lapd-bars.json')
    expect(storyPath('2020-11-13-lapd-bars')).toBe(`/${storyPage('2020-11-13-lapd-bars')}`)
    expect(eventFeedFolder('e-1')).toBe('event/e-1/')
    expect(outletFeedFolder('nola.com')).toBe('outlet/nola.com/')
  })

  it('encode any id or domain one way, in files and links alike', () => {
    expect(storyFile('a/b?c')).toBe('story/a%2Fb%3Fc.json')
    expect(storyPath('a/b?c')).toBe('/story/a%2Fb%3Fc')
    expect(eventFile('x#y')).toBe('event/x%23y.json')
    expect(eventPath('x#y')).toBe('/event/x%23y')
    expect(outletPath('nola.com')).toBe('/?provider=nola.com')
    expect(topicPath('Facial recognition')).toBe('/?topic=Facial+recognition')
  })
})
