import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import MongolianPreview from './MongolianPreview.vue'

// Mongolian test words, typed as Unicode: bayan sumu (a township's name), hota (town).
const sumu = 'ᠪᠠᠶᠠᠨ ᠰᠤᠮᠤ'
const hota = 'ᠬᠣᠲᠠ'

describe('MongolianPreview', () => {
  it('sets the text in vertical columns, left to right, in the Mongolian font', () => {
    const w = mount(MongolianPreview, { props: { text: `${sumu}\n\n  ${hota}  ` } })
    const box = w.get('[data-testid="mn-preview-text"]')
    const style = (box.element as HTMLElement).getAttribute('style') ?? ''
    expect(style).toContain('writing-mode: vertical-lr')
    expect(style).toContain('text-orientation: sideways')
    expect(box.classes()).toContain('mn-text')
    expect(box.attributes('lang')).toBe('mn-Mong')
    // one column per line, blank lines left out, in the order typed (the first column is leftmost)
    expect(box.findAll('.mn-column').map((c) => c.text())).toEqual([sumu, hota])
    expect(w.find('[data-testid="mn-preview-empty"]').exists()).toBe(false)
  })

  it('takes a list of texts, one column each, as typed (variation selectors and NNBSP kept)', () => {
    const suffixed = 'ᠰᠤᠮᠤ\u202fᠶᠢᠨ ᠭ᠋ᠠ'
    const w = mount(MongolianPreview, { props: { text: [suffixed, '', hota], height: 120 } })
    expect(w.findAll('.mn-column').map((c) => c.element.textContent)).toEqual([suffixed, hota])
    expect((w.get('[data-testid="mn-preview"]').element as HTMLElement).style.height).toBe('120px')
  })

  it('shows the placeholder when there is nothing to preview', () => {
    const w = mount(MongolianPreview, { props: { text: ['  ', ''], empty: '—' } })
    expect(w.find('[data-testid="mn-preview-text"]').exists()).toBe(false)
    expect(w.get('[data-testid="mn-preview-empty"]').text()).toBe('—')
  })

  it('updates as the text is typed', async () => {
    const w = mount(MongolianPreview, { props: { text: '' } })
    await w.setProps({ text: hota })
    expect(w.get('.mn-column').text()).toBe(hota)
  })
})
