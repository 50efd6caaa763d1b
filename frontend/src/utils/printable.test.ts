import { describe, expect, it } from 'vitest'
import { printable, unprintable } from '../generated/printable'
import { printProblem } from './printable'

describe('printable names', () => {
  it('accepts what the print font has', () => {
    expect(printProblem('姓名', '王小明')).toBe('')
    expect(printProblem('姓名', '阿拉坦 其其格')).toBe('')
    expect(printProblem('姓名', 'Li Ming·李')).toBe('')
  })

  it('names an emoji and a character the font lacks, once each', () => {
    expect(unprintable('王😀明😀')).toEqual(['😀'])
    expect(printable('𠮷')).toBe(false)
    expect(unprintable('ᠮᠣᠩ')).toEqual(['ᠮ', 'ᠣ', 'ᠩ'])
    expect(printProblem('姓名', '王小明😀')).toBe('姓名中的“😀”无法打印（打印字库中没有，会印成□），请按身份证上的汉字填写')
  })
})
