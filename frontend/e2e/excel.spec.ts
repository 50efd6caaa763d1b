// excel.spec.ts: Excel export and import of HallDesk, on the seeded foundation (the hall, 巴图塔村
// 一组 and the household of 张伟).
//
//   1. the administrator exports the residents list and the ledgers: each download is a real
//      .xlsx (a zip starting with PK) whose sheet has the Chinese headers and 张伟's row;
//   2. on 从Excel导入 the administrator downloads the template, and the test fills it (with
//      python3's zipfile, replacing the first sheet's rows) with three good rows — a household
//      of two and a single resident — and one row whose ID number has a wrong check character;
//   3. the upload is checked: the report says 3 good rows and 1 bad, and names row 5 and why;
//   4. the good rows are imported after a confirmation; the report says 3 residents, 1 household;
//   5. an imported resident is found by name on the residents page.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { test, expect, ADMIN } from './fixtures'
import { check, clip, idNumber, waitFor, withWrongCheck } from './support'
import { byId, confirmBox, fill, settled, signIn } from './ui'

const VILLAGE = '巴图塔村'
const GROUP = '一组'
/** The rows the test writes into the template: name, ID, village, group, address, 户号, relation. */
const GOOD = [
  { name: '敖登格日乐', id: idNumber('150627', '19690208', '022'), address: '巴图塔村一组21号', household: 'A1', relation: '' },
  { name: '额尔敦巴雅尔', id: idNumber('150627', '19670511', '031'), address: '', household: 'A1', relation: '配偶' },
  { name: '乌云其木格', id: idNumber('150627', '19920917', '044'), address: '巴图塔村一组5号', household: '', relation: '' },
]
const BAD = { name: '苏日娜', id: withWrongCheck(idNumber('150627', '19880303', '026')), address: '', household: '', relation: '' }

/** xmlText escapes text for an inline-string cell. */
function xmlText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** sheetXML is the template's first sheet data: its own header row plus the given people. */
function sheetRows(header, people) {
  const col = (i) => String.fromCharCode(65 + i)
  const row = (r, cells) =>
    `<row r="${r}">` + cells.map((v, i) => `<c r="${col(i)}${r}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`).join('') + '</row>'
  const lines = [row(1, header)]
  people.forEach((p, i) => {
    const byHeader = { '姓名': p.name, '身份证号码': p.id, '嘎查村/社区': VILLAGE, '组': GROUP, '住址': p.address, '户号': p.household, '与户主关系': p.relation }
    lines.push(row(i + 2, header.map((h) => byHeader[h.replace(/\*$/, '')] ?? '')))
  })
  return `<sheetData>${lines.join('')}</sheetData>`
}

/** readXlsx returns every XML part of a workbook joined, and the first sheet's header cells. */
function readXlsx(file) {
  const script = `
import sys, zipfile, json, re
z = zipfile.ZipFile(sys.argv[1])
parts = {n: z.read(n).decode('utf-8') for n in z.namelist() if n.endswith('.xml')}
print(json.dumps(parts, ensure_ascii=False))
`
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 << 20 }))
}

/** fillTemplate writes a copy of the template whose first sheet holds the people. */
function fillTemplate(template, out, header, people) {
  const script = `
import sys, zipfile, re
src, dst, data = sys.argv[1], sys.argv[2], sys.argv[3]
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    body = zin.read(item.filename)
    if item.filename == 'xl/worksheets/sheet1.xml':
        text = body.decode('utf-8')
        text = re.sub(r'<sheetData>.*</sheetData>|<sheetData/>', lambda m: data, text, flags=re.S)
        body = text.encode('utf-8')
    zout.writestr(item, body)
zout.close()
`
  execFileSync('python3', ['-c', script, template, out, sheetRows(header, people)])
}

test('Excel导入导出', async ({ page, shot, foundation, outDir }) => {
  const admin = ADMIN
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  const story = { template: '', header: [] }

  /** download clicks the button, keeps the file as outDir/<name>.xlsx and checks it is a workbook. */
  async function download(testid, name) {
    const [dl] = await Promise.all([page.waitForEvent('download'), byId(page, testid).first().click()])
    check(dl.suggestedFilename().endsWith('.xlsx'), `下载的文件应为 .xlsx：${dl.suggestedFilename()}`)
    const file = path.join(outDir, name + '.xlsx')
    await dl.saveAs(file)
    const bytes = fs.readFileSync(file)
    check(bytes.subarray(0, 2).toString('latin1') === 'PK', `${name}.xlsx 应为 Excel 文件（以 PK 开头）`)
    return file
  }

  /** sheetText is the text of the first sheet and the shared strings, tags removed. */
  function sheetText(file) {
    const parts = readXlsx(file)
    return Object.entries(parts)
      .filter(([n]) => n === 'xl/sharedStrings.xml' || n === 'xl/worksheets/sheet1.xml')
      .map(([, x]) => x.replace(/<[^>]+>/g, ' '))
      .join(' ')
  }

  await test.step('excel-export', async () => {
    await signIn(page, admin)
    await byId(page, 'nav-residents').first().click()
    await expect(byId(page, 'resident-table').first()).toBeVisible()
    const residents = sheetText(await download('resident-export', 'residents'))
    for (const w of ['姓名', '身份证号码', '嘎查村/社区', '张伟', VILLAGE]) check(residents.includes(w), `群众名册中应有「${w}」：${clip(residents, 300)}`)
    await byId(page, 'nav-cases').first().click()
    await expect(byId(page, 'ledger-export').first()).toBeVisible()
    const ledger = sheetText(await download('ledger-export', 'ledgers'))
    for (const w of ['编号', '事项', '申请人', '办结期限']) check(ledger.includes(w), `办件台账中应有「${w}」：${clip(ledger, 300)}`)
    await settled(page)
    await shot('excel-ledger-export')
  })

  await test.step('excel-template', async () => {
    await byId(page, 'nav-residents').first().click()
    await byId(page, 'resident-import').first().click()
    await expect(byId(page, 'import-template').first()).toBeVisible()
    story.template = await download('import-template', 'import-template')
    const parts = readXlsx(story.template)
    const workbook = parts['xl/workbook.xml'] ?? ''
    check(workbook.includes('群众信息') && workbook.includes('说明'), `模板应有“群众信息”和“说明”两个工作表：${clip(workbook, 300)}`)
    const text = sheetText(story.template)
    story.header = ['姓名*', '身份证号码', '出生日期', '性别', '联系电话', '嘎查村/社区*', '组', '住址', '户号', '与户主关系', '居住状态', '特殊群体', '备注']
    for (const h of story.header) check(text.includes(h), `模板表头中应有「${h}」`)
    await shot('excel-import-page')
  })

  await test.step('excel-check', async () => {
    const filled = path.join(outDir, 'import-filled.xlsx')
    fillTemplate(story.template, filled, story.header, [...GOOD, BAD])
    await page.getByTestId('import-file').setInputFiles(filled)
    await expect(byId(page, 'import-report').first()).toBeVisible()
    const summary = await byId(page, 'import-summary').first().innerText()
    check(summary.includes('正确 3 行') && summary.includes('有错误 1 行') && summary.includes('家庭户 1 户'), `检查结果应为 3 行正确、1 行有错误：${summary}`)
    const problem = await byId(page, 'import-problem').first().innerText()
    check(problem.includes('第5行') && problem.includes('校验位'), `报告应指出第5行身份证号码校验位错误：${problem}`)
    const preview = await byId(page, 'import-preview').first().innerText()
    check(GOOD.every((p) => preview.includes(p.name)), `预览中应有三位正确的群众：${clip(preview, 300)}`)
    check(!preview.includes(GOOD[0].id), '预览中的身份证号码应遮盖')
    await settled(page)
    await shot('excel-import-report')
  })

  await test.step('excel-commit', async () => {
    await byId(page, 'import-good').first().click()
    await confirmBox(page)
    await expect(byId(page, 'import-done').first()).toBeVisible()
    const done = await byId(page, 'import-done').first().innerText()
    check(done.includes('已导入群众 3 人、家庭户 1 户') && done.includes('1 行未导入'), `导入结果：${done}`)
    await settled(page)
    await shot('excel-import-done')
  })

  await test.step('excel-find-imported', async () => {
    await byId(page, 'import-to-list').first().click()
    await expect(byId(page, 'resident-table').first()).toBeVisible()
    await fill(page, 'resident-search', GOOD[1].name)
    await byId(page, 'resident-search-btn').first().click()
    await waitFor(`找到导入的群众 ${GOOD[1].name}`, async () => {
      const names = await byId(page, 'resident-row').allInnerTexts()
      return names.length === 1 && names[0].trim() === GOOD[1].name
    })
    const table = await byId(page, 'resident-table').first().innerText()
    check(table.includes('配偶') && table.includes(VILLAGE), `导入的群众应在${VILLAGE}、与户主关系为配偶：${clip(table, 300)}`)
    await fill(page, 'resident-search', BAD.name)
    await byId(page, 'resident-search-btn').first().click()
    await settled(page)
    await expect(byId(page, 'resident-row'), '有错误的行没有导入').toHaveCount(0)
    await fill(page, 'resident-search', GOOD[1].name)
    await byId(page, 'resident-search-btn').first().click()
    await expect(byId(page, 'resident-row'), '再次列出导入的群众').toHaveCount(1)
    await settled(page)
    await shot('excel-imported-resident')
  })

  // Hand the next story a login screen.
  try {
    if (await byId(page, 'current-operator').count()) {
      await byId(page, 'logout').first().click()
      await confirmBox(page)
    }
  } catch {
    /* the next story reports what it finds */
  }
})
