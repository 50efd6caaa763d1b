export namespace app {
	
	export class CalendarInfo {
	    years: workday.Year[];
	    currentYear: number;
	    missing: number[];
	
	    static createFrom(source: any = {}) {
	        return new CalendarInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.years = this.convertValues(source["years"], workday.Year);
	        this.currentYear = source["currentYear"];
	        this.missing = source["missing"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CardsInput {
	    cadreIds: number[];
	    villageId: number;
	    back: boolean;
	    pledge: string;
	
	    static createFrom(source: any = {}) {
	        return new CardsInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreIds = source["cadreIds"];
	        this.villageId = source["villageId"];
	        this.back = source["back"];
	        this.pledge = source["pledge"];
	    }
	}
	export class ChangePasswordInput {
	    oldPassword: string;
	    newPassword: string;
	
	    static createFrom(source: any = {}) {
	        return new ChangePasswordInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.oldPassword = source["oldPassword"];
	        this.newPassword = source["newPassword"];
	    }
	}
	export class Document {
	    fileName: string;
	    base64: string;
	    savedPath: string;
	    warning: string;
	    hint: string;
	
	    static createFrom(source: any = {}) {
	        return new Document(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.base64 = source["base64"];
	        this.savedPath = source["savedPath"];
	        this.warning = source["warning"];
	        this.hint = source["hint"];
	    }
	}
	export class Empty {
	
	
	    static createFrom(source: any = {}) {
	        return new Empty(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	
	    }
	}
	export class GuideInput {
	    itemIds: number[];
	    category: string;
	    title: string;
	    subtitle: string;
	    year: number;
	    pageSize: string;
	    booklet: boolean;
	    copies: number;
	
	    static createFrom(source: any = {}) {
	        return new GuideInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemIds = source["itemIds"];
	        this.category = source["category"];
	        this.title = source["title"];
	        this.subtitle = source["subtitle"];
	        this.year = source["year"];
	        this.pageSize = source["pageSize"];
	        this.booklet = source["booklet"];
	        this.copies = source["copies"];
	    }
	}
	export class LeafletInput {
	    itemId: number;
	    title: string;
	    paragraphs: string[];
	    keyFacts: pdf.KeyFact[];
	    contacts: string;
	    twoSided: boolean;
	    copies: number;
	
	    static createFrom(source: any = {}) {
	        return new LeafletInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemId = source["itemId"];
	        this.title = source["title"];
	        this.paragraphs = source["paragraphs"];
	        this.keyFacts = this.convertValues(source["keyFacts"], pdf.KeyFact);
	        this.contacts = source["contacts"];
	        this.twoSided = source["twoSided"];
	        this.copies = source["copies"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LoginInput {
	    username: string;
	    password: string;
	
	    static createFrom(source: any = {}) {
	        return new LoginInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.username = source["username"];
	        this.password = source["password"];
	    }
	}
	export class PrintCountsInput {
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new PrintCountsInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	export class ResetPasswordInput {
	    id: number;
	    password: string;
	
	    static createFrom(source: any = {}) {
	        return new ResetPasswordInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.password = source["password"];
	    }
	}
	export class SetActiveInput {
	    id: number;
	    active: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SetActiveInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.active = source["active"];
	    }
	}
	export class Status {
	    needsSetup: boolean;
	    hallName: string;
	    township: string;
	    version: string;
	    operator?: hall.Operator;
	    permissions: string[];
	    idleMinutes: number;
	    today: string;
	
	    static createFrom(source: any = {}) {
	        return new Status(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.needsSetup = source["needsSetup"];
	        this.hallName = source["hallName"];
	        this.township = source["township"];
	        this.version = source["version"];
	        this.operator = this.convertValues(source["operator"], hall.Operator);
	        this.permissions = source["permissions"];
	        this.idleMinutes = source["idleMinutes"];
	        this.today = source["today"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace hall {
	
	export class ActionInfo {
	    action: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new ActionInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = source["action"];
	        this.label = source["label"];
	    }
	}
	export class Agent {
	    name: string;
	    idNumber: string;
	    relation: string;
	    entrusted: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Agent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.idNumber = source["idNumber"];
	        this.relation = source["relation"];
	        this.entrusted = source["entrusted"];
	    }
	}
	export class AuditEntry {
	    id: number;
	    at: string;
	    operatorId: number;
	    operatorName: string;
	    action: string;
	    entity: string;
	    entityId: number;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.operatorId = source["operatorId"];
	        this.operatorName = source["operatorName"];
	        this.action = source["action"];
	        this.entity = source["entity"];
	        this.entityId = source["entityId"];
	        this.detail = source["detail"];
	    }
	}
	export class AuditPage {
	    items: AuditEntry[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new AuditPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], AuditEntry);
	        this.total = source["total"];
	        this.page = source["page"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AuditQuery {
	    operatorId: number;
	    entity: string;
	    action: string;
	    from: string;
	    to: string;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new AuditQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.operatorId = source["operatorId"];
	        this.entity = source["entity"];
	        this.action = source["action"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class Cadre {
	    id: number;
	    name: string;
	    position: string;
	    unit: string;
	    phone: string;
	    type: string;
	    villageIds: number[];
	    villageNames: string[];
	    coverage: string;
	    active: boolean;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Cadre(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.position = source["position"];
	        this.unit = source["unit"];
	        this.phone = source["phone"];
	        this.type = source["type"];
	        this.villageIds = source["villageIds"];
	        this.villageNames = source["villageNames"];
	        this.coverage = source["coverage"];
	        this.active = source["active"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class CadrePage {
	    items: Cadre[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new CadrePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Cadre);
	        this.total = source["total"];
	        this.page = source["page"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CadreQuery {
	    text: string;
	    villageId: number;
	    type: string;
	    includeInactive: boolean;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new CadreQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.villageId = source["villageId"];
	        this.type = source["type"];
	        this.includeInactive = source["includeInactive"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class CaseEvent {
	    id: number;
	    at: string;
	    operatorName: string;
	    action: string;
	    actionLabel: string;
	    from: string;
	    to: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new CaseEvent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.operatorName = source["operatorName"];
	        this.action = source["action"];
	        this.actionLabel = source["actionLabel"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.note = source["note"];
	    }
	}
	export class Meeting {
	    date: string;
	    participants: string;
	    decision: string;
	    deadline: string;
	
	    static createFrom(source: any = {}) {
	        return new Meeting(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.participants = source["participants"];
	        this.decision = source["decision"];
	        this.deadline = source["deadline"];
	    }
	}
	export class CaseMaterial {
	    name: string;
	    original: boolean;
	    copies: number;
	    required: boolean;
	    note: string;
	    received: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CaseMaterial(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.original = source["original"];
	        this.copies = source["copies"];
	        this.required = source["required"];
	        this.note = source["note"];
	        this.received = source["received"];
	    }
	}
	export class Case {
	    id: number;
	    number: string;
	    ledger: string;
	    itemId: number;
	    itemCode: string;
	    itemName: string;
	    itemCategory: string;
	    applicantId: number;
	    applicantName: string;
	    applicantIdNumber: string;
	    applicantPhone: string;
	    villageId: number;
	    villageName: string;
	    agent?: Agent;
	    source: string;
	    summary: string;
	    intakeNote: string;
	    materials: CaseMaterial[];
	    status: string;
	    statusLabel: string;
	    createdAt: string;
	    acceptedOn: string;
	    promisedDays: number;
	    statutoryDays: number;
	    extensionDays: number;
	    dueDate: string;
	    dueVerified: boolean;
	    daysLeft: number;
	    overdue: boolean;
	    handlerId: number;
	    handlerName: string;
	    departments: string;
	    meeting?: Meeting;
	    outcome: string;
	    outcomeNote: string;
	    monthlyAmount: string;
	    firstPaidMonth: string;
	    feedbackMethod: string;
	    feedbackAt: string;
	    feedbackBy: string;
	    rating: number;
	    ratingLabel: string;
	    ratingNote: string;
	    remedyDue: string;
	    remedyNote: string;
	    remedyResolved: boolean;
	    closedAt: string;
	    closedBy: string;
	    timeline: CaseEvent[];
	    actions: ActionInfo[];
	
	    static createFrom(source: any = {}) {
	        return new Case(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.ledger = source["ledger"];
	        this.itemId = source["itemId"];
	        this.itemCode = source["itemCode"];
	        this.itemName = source["itemName"];
	        this.itemCategory = source["itemCategory"];
	        this.applicantId = source["applicantId"];
	        this.applicantName = source["applicantName"];
	        this.applicantIdNumber = source["applicantIdNumber"];
	        this.applicantPhone = source["applicantPhone"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.agent = this.convertValues(source["agent"], Agent);
	        this.source = source["source"];
	        this.summary = source["summary"];
	        this.intakeNote = source["intakeNote"];
	        this.materials = this.convertValues(source["materials"], CaseMaterial);
	        this.status = source["status"];
	        this.statusLabel = source["statusLabel"];
	        this.createdAt = source["createdAt"];
	        this.acceptedOn = source["acceptedOn"];
	        this.promisedDays = source["promisedDays"];
	        this.statutoryDays = source["statutoryDays"];
	        this.extensionDays = source["extensionDays"];
	        this.dueDate = source["dueDate"];
	        this.dueVerified = source["dueVerified"];
	        this.daysLeft = source["daysLeft"];
	        this.overdue = source["overdue"];
	        this.handlerId = source["handlerId"];
	        this.handlerName = source["handlerName"];
	        this.departments = source["departments"];
	        this.meeting = this.convertValues(source["meeting"], Meeting);
	        this.outcome = source["outcome"];
	        this.outcomeNote = source["outcomeNote"];
	        this.monthlyAmount = source["monthlyAmount"];
	        this.firstPaidMonth = source["firstPaidMonth"];
	        this.feedbackMethod = source["feedbackMethod"];
	        this.feedbackAt = source["feedbackAt"];
	        this.feedbackBy = source["feedbackBy"];
	        this.rating = source["rating"];
	        this.ratingLabel = source["ratingLabel"];
	        this.ratingNote = source["ratingNote"];
	        this.remedyDue = source["remedyDue"];
	        this.remedyNote = source["remedyNote"];
	        this.remedyResolved = source["remedyResolved"];
	        this.closedAt = source["closedAt"];
	        this.closedBy = source["closedBy"];
	        this.timeline = this.convertValues(source["timeline"], CaseEvent);
	        this.actions = this.convertValues(source["actions"], ActionInfo);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class CasePage {
	    items: Case[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new CasePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Case);
	        this.total = source["total"];
	        this.page = source["page"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CaseQuery {
	    ledger: string;
	    status: string;
	    itemId: number;
	    villageId: number;
	    handlerId: number;
	    mine: boolean;
	    from: string;
	    to: string;
	    overdue: boolean;
	    dueSoon: boolean;
	    text: string;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new CaseQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ledger = source["ledger"];
	        this.status = source["status"];
	        this.itemId = source["itemId"];
	        this.villageId = source["villageId"];
	        this.handlerId = source["handlerId"];
	        this.mine = source["mine"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.overdue = source["overdue"];
	        this.dueSoon = source["dueSoon"];
	        this.text = source["text"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class Group {
	    id: number;
	    villageId: number;
	    name: string;
	    active: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Group(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.villageId = source["villageId"];
	        this.name = source["name"];
	        this.active = source["active"];
	    }
	}
	export class GroupInput {
	    id: number;
	    villageId: number;
	    name: string;
	    active: boolean;
	
	    static createFrom(source: any = {}) {
	        return new GroupInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.villageId = source["villageId"];
	        this.name = source["name"];
	        this.active = source["active"];
	    }
	}
	export class HallSettings {
	    hallName: string;
	    township: string;
	    banner: string;
	    phone: string;
	    supervisionPhone: string;
	    idleMinutes: number;
	
	    static createFrom(source: any = {}) {
	        return new HallSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hallName = source["hallName"];
	        this.township = source["township"];
	        this.banner = source["banner"];
	        this.phone = source["phone"];
	        this.supervisionPhone = source["supervisionPhone"];
	        this.idleMinutes = source["idleMinutes"];
	    }
	}
	export class Resident {
	    id: number;
	    name: string;
	    idNumber: string;
	    hasIdNumber: boolean;
	    birthDate: string;
	    sex: string;
	    age: number;
	    phone: string;
	    villageId: number;
	    villageName: string;
	    groupId: number;
	    groupName: string;
	    address: string;
	    householdId: number;
	    relation: string;
	    residency: string;
	    tags: string[];
	    note: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Resident(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.idNumber = source["idNumber"];
	        this.hasIdNumber = source["hasIdNumber"];
	        this.birthDate = source["birthDate"];
	        this.sex = source["sex"];
	        this.age = source["age"];
	        this.phone = source["phone"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	        this.address = source["address"];
	        this.householdId = source["householdId"];
	        this.relation = source["relation"];
	        this.residency = source["residency"];
	        this.tags = source["tags"];
	        this.note = source["note"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class Household {
	    id: number;
	    villageId: number;
	    villageName: string;
	    groupId: number;
	    groupName: string;
	    address: string;
	    headName: string;
	    memberCount: number;
	    members: Resident[];
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Household(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	        this.address = source["address"];
	        this.headName = source["headName"];
	        this.memberCount = source["memberCount"];
	        this.members = this.convertValues(source["members"], Resident);
	        this.createdAt = source["createdAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HouseholdInput {
	    id: number;
	    villageId: number;
	    groupId: number;
	    address: string;
	
	    static createFrom(source: any = {}) {
	        return new HouseholdInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.villageId = source["villageId"];
	        this.groupId = source["groupId"];
	        this.address = source["address"];
	    }
	}
	export class HouseholdPage {
	    items: Household[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new HouseholdPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Household);
	        this.total = source["total"];
	        this.page = source["page"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HouseholdQuery {
	    text: string;
	    villageId: number;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new HouseholdQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.villageId = source["villageId"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class IDInfo {
	    valid: boolean;
	    message: string;
	    number: string;
	    birthDate: string;
	    sex: string;
	    age: number;
	    upgraded: boolean;
	
	    static createFrom(source: any = {}) {
	        return new IDInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.valid = source["valid"];
	        this.message = source["message"];
	        this.number = source["number"];
	        this.birthDate = source["birthDate"];
	        this.sex = source["sex"];
	        this.age = source["age"];
	        this.upgraded = source["upgraded"];
	    }
	}
	export class IntakeInput {
	    applicantId: number;
	    agent?: Agent;
	    itemId: number;
	    ledger: string;
	    source: string;
	    summary: string;
	    received: string[];
	    acceptMissing: boolean;
	    intakeNote: string;
	
	    static createFrom(source: any = {}) {
	        return new IntakeInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.applicantId = source["applicantId"];
	        this.agent = this.convertValues(source["agent"], Agent);
	        this.itemId = source["itemId"];
	        this.ledger = source["ledger"];
	        this.source = source["source"];
	        this.summary = source["summary"];
	        this.received = source["received"];
	        this.acceptMissing = source["acceptMissing"];
	        this.intakeNote = source["intakeNote"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Material {
	    name: string;
	    original: boolean;
	    copies: number;
	    required: boolean;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Material(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.original = source["original"];
	        this.copies = source["copies"];
	        this.required = source["required"];
	        this.note = source["note"];
	    }
	}
	
	export class Operator {
	    id: number;
	    username: string;
	    name: string;
	    role: string;
	    roleLabel: string;
	    phone: string;
	    active: boolean;
	    lockedUntil: string;
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Operator(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.username = source["username"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.roleLabel = source["roleLabel"];
	        this.phone = source["phone"];
	        this.active = source["active"];
	        this.lockedUntil = source["lockedUntil"];
	        this.createdAt = source["createdAt"];
	    }
	}
	export class OperatorInput {
	    id: number;
	    username: string;
	    name: string;
	    role: string;
	    phone: string;
	    password: string;
	
	    static createFrom(source: any = {}) {
	        return new OperatorInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.username = source["username"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.phone = source["phone"];
	        this.password = source["password"];
	    }
	}
	
	export class ResidentInput {
	    id: number;
	    name: string;
	    idNumber: string;
	    noIdNumber: boolean;
	    clearPhone: boolean;
	    birthDate: string;
	    sex: string;
	    phone: string;
	    villageId: number;
	    groupId: number;
	    address: string;
	    householdId: number;
	    relation: string;
	    residency: string;
	    tags: string[];
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new ResidentInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.idNumber = source["idNumber"];
	        this.noIdNumber = source["noIdNumber"];
	        this.clearPhone = source["clearPhone"];
	        this.birthDate = source["birthDate"];
	        this.sex = source["sex"];
	        this.phone = source["phone"];
	        this.villageId = source["villageId"];
	        this.groupId = source["groupId"];
	        this.address = source["address"];
	        this.householdId = source["householdId"];
	        this.relation = source["relation"];
	        this.residency = source["residency"];
	        this.tags = source["tags"];
	        this.note = source["note"];
	    }
	}
	export class ResidentPage {
	    items: Resident[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new ResidentPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Resident);
	        this.total = source["total"];
	        this.page = source["page"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ResidentQuery {
	    text: string;
	    villageId: number;
	    tag: string;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new ResidentQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.villageId = source["villageId"];
	        this.tag = source["tag"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class RevealInput {
	    residentId: number;
	    field: string;
	
	    static createFrom(source: any = {}) {
	        return new RevealInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.residentId = source["residentId"];
	        this.field = source["field"];
	    }
	}
	export class ServiceItem {
	    id: number;
	    code: string;
	    name: string;
	    category: string;
	    defaultLedger: string;
	    legalBasis: string;
	    eligibility: string;
	    materials: Material[];
	    steps: string[];
	    statutoryDays: number;
	    promisedDays: number;
	    fee: string;
	    department: string;
	    placeHours: string;
	    enquiryPhone: string;
	    complaintPhone: string;
	    qa: string;
	    active: boolean;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ServiceItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.category = source["category"];
	        this.defaultLedger = source["defaultLedger"];
	        this.legalBasis = source["legalBasis"];
	        this.eligibility = source["eligibility"];
	        this.materials = this.convertValues(source["materials"], Material);
	        this.steps = source["steps"];
	        this.statutoryDays = source["statutoryDays"];
	        this.promisedDays = source["promisedDays"];
	        this.fee = source["fee"];
	        this.department = source["department"];
	        this.placeHours = source["placeHours"];
	        this.enquiryPhone = source["enquiryPhone"];
	        this.complaintPhone = source["complaintPhone"];
	        this.qa = source["qa"];
	        this.active = source["active"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SetupInput {
	    hall: HallSettings;
	    admin: OperatorInput;
	
	    static createFrom(source: any = {}) {
	        return new SetupInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hall = this.convertValues(source["hall"], HallSettings);
	        this.admin = this.convertValues(source["admin"], OperatorInput);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TransitionInput {
	    caseId: number;
	    action: string;
	    note: string;
	    received: string[];
	    missing: string[];
	    departments: string;
	    meeting?: Meeting;
	    outcome: string;
	    monthlyAmount: string;
	    firstPaidMonth: string;
	    feedbackMethod: string;
	    feedbackDate: string;
	    rating: number;
	    remedyResolved: boolean;
	    extensionDays: number;
	
	    static createFrom(source: any = {}) {
	        return new TransitionInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.caseId = source["caseId"];
	        this.action = source["action"];
	        this.note = source["note"];
	        this.received = source["received"];
	        this.missing = source["missing"];
	        this.departments = source["departments"];
	        this.meeting = this.convertValues(source["meeting"], Meeting);
	        this.outcome = source["outcome"];
	        this.monthlyAmount = source["monthlyAmount"];
	        this.firstPaidMonth = source["firstPaidMonth"];
	        this.feedbackMethod = source["feedbackMethod"];
	        this.feedbackDate = source["feedbackDate"];
	        this.rating = source["rating"];
	        this.remedyResolved = source["remedyResolved"];
	        this.extensionDays = source["extensionDays"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Village {
	    id: number;
	    name: string;
	    kind: string;
	    active: boolean;
	    groups: Group[];
	
	    static createFrom(source: any = {}) {
	        return new Village(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.active = source["active"];
	        this.groups = this.convertValues(source["groups"], Group);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class VillageInput {
	    id: number;
	    name: string;
	    kind: string;
	    active: boolean;
	
	    static createFrom(source: any = {}) {
	        return new VillageInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.active = source["active"];
	    }
	}

}

export namespace pdf {
	
	export class KeyFact {
	    label: string;
	    value: string;
	
	    static createFrom(source: any = {}) {
	        return new KeyFact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.value = source["value"];
	    }
	}

}

export namespace workday {
	
	export class Year {
	    year: number;
	    holidays: string[];
	    workingWeekends: string[];
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Year(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.holidays = source["holidays"];
	        this.workingWeekends = source["workingWeekends"];
	        this.note = source["note"];
	    }
	}

}

