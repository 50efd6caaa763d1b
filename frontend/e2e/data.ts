// data.ts: the hall, the people and the places the end-to-end stories type in or find seeded.
import { idNumber } from './support'

/** HALL is the hall's first-start settings. */
export const HALL = {
  name: '乌兰木伦镇便民服务大厅',
  township: '乌兰木伦镇',
  banner: '伊金霍洛旗',
  phone: '0477-8612345',
}

/** ADMIN is the first administrator, made at first start. */
export const ADMIN = { username: 'admin', name: '其其格', password: 'Wlml-2024!desk' }

/** VILLAGE is the one village with its one group. */
export const VILLAGE = { name: '巴图塔村', kind: '村', group: '一组' }

/** ADDRESS is the household's address in VILLAGE's group. */
export const ADDRESS = '巴图塔村一组12号'

/** Person is a resident the stories register or find: name, ID number, relation to the head, phone. */
export interface Person {
  name: string
  id: string
  relation: string
  phone?: string
}

// Address code 150627 is 伊金霍洛旗. Distinct tails, none equal to the phone's tail (5678).

/** HEAD is the head of the household, with a phone. */
export const HEAD: Person = { name: '张伟', id: idNumber('150627', '19780315', '011'), relation: '户主', phone: '13812345678' }
/** SPOUSE is the head's wife. */
export const SPOUSE: Person = { name: '李秀英', id: idNumber('150627', '19800522', '022'), relation: '配偶' }
/** CHILD is their son. */
export const CHILD: Person = { name: '张晓', id: idNumber('150627', '20080901', '031'), relation: '子女' }

/** Operator is an account as the stories add it: role is the label the 操作员管理 dialog shows. */
export interface Operator {
  username: string
  name: string
  role: string
  password: string
}

/** CLERK is the counter clerk the counter, petition and visit stories sign in as. */
export const CLERK: Operator = { username: 'baoyin', name: '宝音', role: '窗口人员', password: 'Chuangkou-2026!' }

/** ROLE_CODES maps the role labels of the UI to the codes of the API (hall.Role). */
export const ROLE_CODES: Record<string, string> = {
  窗口人员: 'clerk',
  接待人员: 'reception',
  督导: 'supervisor',
  领导: 'leader',
  管理员: 'admin',
}
