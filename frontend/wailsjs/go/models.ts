export namespace app {
	
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
	
	    static createFrom(source: any = {}) {
	        return new Document(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.base64 = source["base64"];
	        this.savedPath = source["savedPath"];
	        this.warning = source["warning"];
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

