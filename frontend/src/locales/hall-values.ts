// hall-values.ts holds values the server stores and checks, written as the hall writes them
// (hall.Relations, hall.Residencies, hall.SpecialTags): they are data shown as they are, not
// messages to translate.

/** Relations to the household head (与户主关系) (hall.Relations). */
export const relations = ['户主', '配偶', '子女', '儿媳', '女婿', '孙子女', '父母', '祖父母', '兄弟姐妹', '其他']

/** Residencies: lives here or has gone out (hall.Residencies). */
export const residencies = ['常住', '外出']

/** Special-group tags (hall.SpecialTags). */
export const specialTags = ['低保户', '特困供养', '残疾人', '高龄', '空巢老人', '留守儿童', '脱贫监测户', '重点优抚对象', '独居老人']

/** sexes are the two sexes as the hall records them. */
export const sexes = ['男', '女']

/** HEAD and CHILD are the relations a new household member gets by default. */
export const HEAD = relations[0]
/** CHILD is the relation of a member added to a household that has a head already. */
export const CHILD = relations[2]

/** printKinds are the kinds of printed matter the hall counts, always listed even at zero
 * (hall.PrintGuide, hall.PrintLeaflet, hall.PrintCard, hall.PrintReceipt). */
export const printKinds = ['口袋书', '宣传单', '民情联系卡', '受理回执']

/** householdKinds are the kinds of household that set how often a cadre visits
 * (hall.KindOut, hall.KindNeedy, hall.KindSpecial). */
export const householdKinds = { out: '外出户', paired: '结亲户', special: '特殊群体户' } as const

/** PAIR_DUTY is hall.DutyPair: the paired cadre's monthly visit. */
export const PAIR_DUTY = '结亲'
