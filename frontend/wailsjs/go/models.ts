export namespace app {
	
	export class About {
	    version: string;
	    dataDir: string;
	    schemaVersion: number;
	    calendarYears: number[];
	    platform: string;
	
	    static createFrom(source: any = {}) {
	        return new About(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.dataDir = source["dataDir"];
	        this.schemaVersion = source["schemaVersion"];
	        this.calendarYears = source["calendarYears"];
	        this.platform = source["platform"];
	    }
	}
	export class BackupCheck {
	    name: string;
	    path: string;
	    size: number;
	    takenAt: string;
	    lastActivity: string;
	    hallName: string;
	    schemaVersion: number;
	    operators: number;
	    residents: number;
	    cases: number;
	    dropped: sqlite.SchemaObject[];
	    chain: hall.AuditVerification;
	    accounts: sqlite.BackupAccount[];
	
	    static createFrom(source: any = {}) {
	        return new BackupCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.path = source["path"];
	        this.size = source["size"];
	        this.takenAt = source["takenAt"];
	        this.lastActivity = source["lastActivity"];
	        this.hallName = source["hallName"];
	        this.schemaVersion = source["schemaVersion"];
	        this.operators = source["operators"];
	        this.residents = source["residents"];
	        this.cases = source["cases"];
	        this.dropped = this.convertValues(source["dropped"], sqlite.SchemaObject);
	        this.chain = this.convertValues(source["chain"], hall.AuditVerification);
	        this.accounts = this.convertValues(source["accounts"], sqlite.BackupAccount);
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
	export class BackupNowInput {
	    folder: string;
	
	    static createFrom(source: any = {}) {
	        return new BackupNowInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.folder = source["folder"];
	    }
	}
	export class LastRestore {
	    at: string;
	    by: string;
	    detail: string;
	    accounts: sqlite.BackupAccount[];
	
	    static createFrom(source: any = {}) {
	        return new LastRestore(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.by = source["by"];
	        this.detail = source["detail"];
	        this.accounts = this.convertValues(source["accounts"], sqlite.BackupAccount);
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
	export class BackupOverview {
	    folder: string;
	    files: backup.File[];
	    totalSize: number;
	    lastSuccess: string;
	    lastPath: string;
	    lastError: string;
	    lastErrorAt: string;
	    rotateError: string;
	    warning: string;
	    keepDaily: number;
	    keepMonthly: number;
	    desktop: boolean;
	    downloadUrl: string;
	    lastRestore?: LastRestore;
	
	    static createFrom(source: any = {}) {
	        return new BackupOverview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.folder = source["folder"];
	        this.files = this.convertValues(source["files"], backup.File);
	        this.totalSize = source["totalSize"];
	        this.lastSuccess = source["lastSuccess"];
	        this.lastPath = source["lastPath"];
	        this.lastError = source["lastError"];
	        this.lastErrorAt = source["lastErrorAt"];
	        this.rotateError = source["rotateError"];
	        this.warning = source["warning"];
	        this.keepDaily = source["keepDaily"];
	        this.keepMonthly = source["keepMonthly"];
	        this.desktop = source["desktop"];
	        this.downloadUrl = source["downloadUrl"];
	        this.lastRestore = this.convertValues(source["lastRestore"], LastRestore);
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
	export class BackupResult {
	    file: backup.File;
	    message: string;
	    downloadUrl: string;
	
	    static createFrom(source: any = {}) {
	        return new BackupResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = this.convertValues(source["file"], backup.File);
	        this.message = source["message"];
	        this.downloadUrl = source["downloadUrl"];
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
	export class CalendarInfo {
	    years: workday.Year[];
	    currentYear: number;
	    missing: number[];
	    predicted: workday.Prediction[];
	
	    static createFrom(source: any = {}) {
	        return new CalendarInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.years = this.convertValues(source["years"], workday.Year);
	        this.currentYear = source["currentYear"];
	        this.missing = source["missing"];
	        this.predicted = this.convertValues(source["predicted"], workday.Prediction);
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
	export class CaseWait {
	    found: boolean;
	    number: string;
	    groupName: string;
	    takenAt: string;
	    servedAt: string;
	    waitMinutes: number;
	    windowNo: number;
	
	    static createFrom(source: any = {}) {
	        return new CaseWait(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.found = source["found"];
	        this.number = source["number"];
	        this.groupName = source["groupName"];
	        this.takenAt = source["takenAt"];
	        this.servedAt = source["servedAt"];
	        this.waitMinutes = source["waitMinutes"];
	        this.windowNo = source["windowNo"];
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
	    hintSteps: string[];
	    number: string;
	
	    static createFrom(source: any = {}) {
	        return new Document(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.base64 = source["base64"];
	        this.savedPath = source["savedPath"];
	        this.warning = source["warning"];
	        this.hintSteps = source["hintSteps"];
	        this.number = source["number"];
	    }
	}
	export class DueQuery {
	    cadreId: number;
	    villageId: number;
	    horizon: number;
	
	    static createFrom(source: any = {}) {
	        return new DueQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.villageId = source["villageId"];
	        this.horizon = source["horizon"];
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
	export class GenerateRosterInput {
	    quarter: string;
	    replace: boolean;
	
	    static createFrom(source: any = {}) {
	        return new GenerateRosterInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.quarter = source["quarter"];
	        this.replace = source["replace"];
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
	export class HelpQuery {
	    pairId: number;
	    cadreId: number;
	
	    static createFrom(source: any = {}) {
	        return new HelpQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pairId = source["pairId"];
	        this.cadreId = source["cadreId"];
	    }
	}
	export class KioskGroup {
	    id: number;
	    prefix: string;
	    name: string;
	    itemNames: string[];
	    waiting: number;
	
	    static createFrom(source: any = {}) {
	        return new KioskGroup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.prefix = source["prefix"];
	        this.name = source["name"];
	        this.itemNames = source["itemNames"];
	        this.waiting = source["waiting"];
	    }
	}
	export class PriorityTag {
	    value: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new PriorityTag(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.label = source["label"];
	    }
	}
	export class KioskMenu {
	    hallName: string;
	    groups: KioskGroup[];
	    priorities: PriorityTag[];
	    kioskSeconds: number;
	
	    static createFrom(source: any = {}) {
	        return new KioskMenu(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hallName = source["hallName"];
	        this.groups = this.convertValues(source["groups"], KioskGroup);
	        this.priorities = this.convertValues(source["priorities"], PriorityTag);
	        this.kioskSeconds = source["kioskSeconds"];
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
	
	export class LeaderAccount {
	    id: number;
	    name: string;
	    username: string;
	
	    static createFrom(source: any = {}) {
	        return new LeaderAccount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.username = source["username"];
	    }
	}
	export class LeaderInfo {
	    id: number;
	    name: string;
	    position: string;
	    phone: string;
	    operatorId: number;
	    operatorName: string;
	
	    static createFrom(source: any = {}) {
	        return new LeaderInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.position = source["position"];
	        this.phone = source["phone"];
	        this.operatorId = source["operatorId"];
	        this.operatorName = source["operatorName"];
	    }
	}
	export class LeaderList {
	    leaders: LeaderInfo[];
	    accounts: LeaderAccount[];
	
	    static createFrom(source: any = {}) {
	        return new LeaderList(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.leaders = this.convertValues(source["leaders"], LeaderInfo);
	        this.accounts = this.convertValues(source["accounts"], LeaderAccount);
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
	export class LeafletInput {
	    itemId: number;
	    title: string;
	    paragraphs: string[];
	    keyFacts: pdf.KeyFact[];
	    contacts: string;
	    twoSided: boolean;
	    copies: number;
	    mongolianTitle: string;
	    mongolian: string;
	    mongolianPage: boolean;
	
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
	        this.mongolianTitle = source["mongolianTitle"];
	        this.mongolian = source["mongolian"];
	        this.mongolianPage = source["mongolianPage"];
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
	export class LinkCaseInput {
	    petitionId: number;
	    caseNumber: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new LinkCaseInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.petitionId = source["petitionId"];
	        this.caseNumber = source["caseNumber"];
	        this.version = source["version"];
	    }
	}
	export class LinkLeaderInput {
	    cadreId: number;
	    operatorId: number;
	
	    static createFrom(source: any = {}) {
	        return new LinkLeaderInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.operatorId = source["operatorId"];
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
	export class OutreachInfo {
	    lists: hall.OutreachListInfo[];
	    settings: hall.OutreachSettings;
	    collection: hall.Collection;
	    canReveal: boolean;
	    canConfigure: boolean;
	    today: string;
	
	    static createFrom(source: any = {}) {
	        return new OutreachInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lists = this.convertValues(source["lists"], hall.OutreachListInfo);
	        this.settings = this.convertValues(source["settings"], hall.OutreachSettings);
	        this.collection = this.convertValues(source["collection"], hall.Collection);
	        this.canReveal = source["canReveal"];
	        this.canConfigure = source["canConfigure"];
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
	export class PaySummary {
	    month: string;
	    households: number;
	    total: string;
	    items: hall.Allowance[];
	
	    static createFrom(source: any = {}) {
	        return new PaySummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.households = source["households"];
	        this.total = source["total"];
	        this.items = this.convertValues(source["items"], hall.Allowance);
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
	export class PlanInput {
	    cadreId: number;
	    date: string;
	
	    static createFrom(source: any = {}) {
	        return new PlanInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.date = source["date"];
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
	
	export class WindowOperator {
	    id: number;
	    name: string;
	    role: string;
	
	    static createFrom(source: any = {}) {
	        return new WindowOperator(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.role = source["role"];
	    }
	}
	export class QueueConfig {
	    groups: hall.QueueGroup[];
	    windows: hall.QueueWindow[];
	    settings: hall.QueueSettings;
	    operators: WindowOperator[];
	
	    static createFrom(source: any = {}) {
	        return new QueueConfig(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groups = this.convertValues(source["groups"], hall.QueueGroup);
	        this.windows = this.convertValues(source["windows"], hall.QueueWindow);
	        this.settings = this.convertValues(source["settings"], hall.QueueSettings);
	        this.operators = this.convertValues(source["operators"], WindowOperator);
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
	export class RepeatInput {
	    residentId: number;
	    name: string;
	    phone: string;
	    villageId: number;
	    category: string;
	
	    static createFrom(source: any = {}) {
	        return new RepeatInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.residentId = source["residentId"];
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.villageId = source["villageId"];
	        this.category = source["category"];
	    }
	}
	export class ReplaceLeaderInput {
	    id: number;
	    leaderId: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new ReplaceLeaderInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.leaderId = source["leaderId"];
	        this.note = source["note"];
	    }
	}
	export class ReplicaOverview {
	    target: replica.Target;
	    savedAt: string;
	    status: replica.Status;
	    warning: string;
	    enabled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ReplicaOverview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.target = this.convertValues(source["target"], replica.Target);
	        this.savedAt = source["savedAt"];
	        this.status = this.convertValues(source["status"], replica.Status);
	        this.warning = source["warning"];
	        this.enabled = source["enabled"];
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
	export class ReplicaRestoreInput {
	    target: replica.Target;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new ReplicaRestoreInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.target = this.convertValues(source["target"], replica.Target);
	        this.at = source["at"];
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
	export class RestoreInput {
	    name: string;
	    path: string;
	
	    static createFrom(source: any = {}) {
	        return new RestoreInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.path = source["path"];
	    }
	}
	export class RestoreResult {
	    restored: BackupCheck;
	    before: backup.File;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new RestoreResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.restored = this.convertValues(source["restored"], BackupCheck);
	        this.before = this.convertValues(source["before"], backup.File);
	        this.message = source["message"];
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
	export class SetActiveInput {
	    id: number;
	    active: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new SetActiveInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.active = source["active"];
	        this.version = source["version"];
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
	    idleSeconds: number;
	    today: string;
	    backupWarning: string;
	    replicaWarning: string;
	    console: string;
	
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
	        this.idleSeconds = source["idleSeconds"];
	        this.today = source["today"];
	        this.backupWarning = source["backupWarning"];
	        this.replicaWarning = source["replicaWarning"];
	        this.console = source["console"];
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
	export class SwapRosterInput {
	    id: number;
	    withId: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new SwapRosterInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.withId = source["withId"];
	        this.note = source["note"];
	    }
	}
	export class TicketSlip {
	    ticketId: number;
	    number: string;
	    groupName: string;
	    ahead: number;
	    takenAt: string;
	    priority: string;
	    queryCode: string;
	    residentName: string;
	    hallName: string;
	    pdf: Document;
	
	    static createFrom(source: any = {}) {
	        return new TicketSlip(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticketId = source["ticketId"];
	        this.number = source["number"];
	        this.groupName = source["groupName"];
	        this.ahead = source["ahead"];
	        this.takenAt = source["takenAt"];
	        this.priority = source["priority"];
	        this.queryCode = source["queryCode"];
	        this.residentName = source["residentName"];
	        this.hallName = source["hallName"];
	        this.pdf = this.convertValues(source["pdf"], Document);
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
	export class TicketStart {
	    ticket: hall.Ticket;
	    residentId: number;
	    idNumber: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketStart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticket = this.convertValues(source["ticket"], hall.Ticket);
	        this.residentId = source["residentId"];
	        this.idNumber = source["idNumber"];
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
	export class TodayReception {
	    date: string;
	    weekday: string;
	    settings: hall.ReceptionSettings;
	    entry?: hall.RosterEntry;
	    next?: hall.RosterEntry;
	    petitions: hall.Petition[];
	
	    static createFrom(source: any = {}) {
	        return new TodayReception(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.weekday = source["weekday"];
	        this.settings = this.convertValues(source["settings"], hall.ReceptionSettings);
	        this.entry = this.convertValues(source["entry"], hall.RosterEntry);
	        this.next = this.convertValues(source["next"], hall.RosterEntry);
	        this.petitions = this.convertValues(source["petitions"], hall.Petition);
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
	export class VerifyInput {
	    fileBase64: string;
	    fileName: string;
	    number: string;
	
	    static createFrom(source: any = {}) {
	        return new VerifyInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileBase64 = source["fileBase64"];
	        this.fileName = source["fileName"];
	        this.number = source["number"];
	    }
	}
	
	export class WindowPanel {
	    hasWindow: boolean;
	    window: hall.QueueWindow;
	    current?: hall.Ticket;
	    waiting: number;
	    noShows: hall.Ticket[];
	    windows: hall.BoardWindow[];
	    groups: hall.QueueGroup[];
	    noShowMinutes: number;
	
	    static createFrom(source: any = {}) {
	        return new WindowPanel(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hasWindow = source["hasWindow"];
	        this.window = this.convertValues(source["window"], hall.QueueWindow);
	        this.current = this.convertValues(source["current"], hall.Ticket);
	        this.waiting = source["waiting"];
	        this.noShows = this.convertValues(source["noShows"], hall.Ticket);
	        this.windows = this.convertValues(source["windows"], hall.BoardWindow);
	        this.groups = this.convertValues(source["groups"], hall.QueueGroup);
	        this.noShowMinutes = source["noShowMinutes"];
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

export namespace backup {
	
	export class File {
	    name: string;
	    path: string;
	    size: number;
	    kind: string;
	    kindLabel: string;
	    takenAt: string;
	    chainCount: number;
	    chainHash: string;
	
	    static createFrom(source: any = {}) {
	        return new File(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.path = source["path"];
	        this.size = source["size"];
	        this.kind = source["kind"];
	        this.kindLabel = source["kindLabel"];
	        this.takenAt = source["takenAt"];
	        this.chainCount = source["chainCount"];
	        this.chainHash = source["chainHash"];
	    }
	}

}

export namespace banner {
	
	export class HallFigures {
	    hallId: number;
	    name: string;
	    township: string;
	    replicatedAt: string;
	    stale: boolean;
	    missing: boolean;
	    error: string;
	    sorted: number;
	    solved: number;
	    inProgress: number;
	    overdue: number;
	    dueSoon: number;
	    rated: number;
	    good: number;
	    satisfaction: number;
	    remedyOpen: number;
	    petitionsOverdue: number;
	    duties: number;
	    dutiesOnTime: number;
	    coverage: number;
	    hasQueue: boolean;
	    tickets: number;
	    avgWait: number;
	    p90Wait: number;
	
	    static createFrom(source: any = {}) {
	        return new HallFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hallId = source["hallId"];
	        this.name = source["name"];
	        this.township = source["township"];
	        this.replicatedAt = source["replicatedAt"];
	        this.stale = source["stale"];
	        this.missing = source["missing"];
	        this.error = source["error"];
	        this.sorted = source["sorted"];
	        this.solved = source["solved"];
	        this.inProgress = source["inProgress"];
	        this.overdue = source["overdue"];
	        this.dueSoon = source["dueSoon"];
	        this.rated = source["rated"];
	        this.good = source["good"];
	        this.satisfaction = source["satisfaction"];
	        this.remedyOpen = source["remedyOpen"];
	        this.petitionsOverdue = source["petitionsOverdue"];
	        this.duties = source["duties"];
	        this.dutiesOnTime = source["dutiesOnTime"];
	        this.coverage = source["coverage"];
	        this.hasQueue = source["hasQueue"];
	        this.tickets = source["tickets"];
	        this.avgWait = source["avgWait"];
	        this.p90Wait = source["p90Wait"];
	    }
	}
	export class BannerDashboard {
	    period: hall.Period;
	    halls: HallFigures[];
	    total: HallFigures;
	
	    static createFrom(source: any = {}) {
	        return new BannerDashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = this.convertValues(source["period"], hall.Period);
	        this.halls = this.convertValues(source["halls"], HallFigures);
	        this.total = this.convertValues(source["total"], HallFigures);
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
	export class RoleOption {
	    role: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new RoleOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.role = source["role"];
	        this.label = source["label"];
	    }
	}
	export class BannerStatus {
	    roleLabel: string;
	    permissions: string[];
	    roles: RoleOption[];
	    staleHours: number;
	
	    static createFrom(source: any = {}) {
	        return new BannerStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.roleLabel = source["roleLabel"];
	        this.permissions = source["permissions"];
	        this.roles = this.convertValues(source["roles"], RoleOption);
	        this.staleHours = source["staleHours"];
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
	export class DrillQuery {
	    hallId: number;
	    query: hall.DrillQuery;
	
	    static createFrom(source: any = {}) {
	        return new DrillQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hallId = source["hallId"];
	        this.query = this.convertValues(source["query"], hall.DrillQuery);
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
	
	export class HallForm {
	    hall: hall.BannerHallInput;
	    target: replica.Target;
	
	    static createFrom(source: any = {}) {
	        return new HallForm(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hall = this.convertValues(source["hall"], hall.BannerHallInput);
	        this.target = this.convertValues(source["target"], replica.Target);
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
	export class HallScorecards {
	    hallId: number;
	    name: string;
	    township: string;
	    cards: hall.Scorecards;
	
	    static createFrom(source: any = {}) {
	        return new HallScorecards(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hallId = source["hallId"];
	        this.name = source["name"];
	        this.township = source["township"];
	        this.cards = this.convertValues(source["cards"], hall.Scorecards);
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
	export class ListQuery {
	    kind: string;
	    period: hall.Period;
	
	    static createFrom(source: any = {}) {
	        return new ListQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.period = this.convertValues(source["period"], hall.Period);
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
	export class PetitionQuery {
	    hallId: number;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new PetitionQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hallId = source["hallId"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
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
	export class Activity {
	    id: number;
	    date: string;
	    villageId: number;
	    villageName: string;
	    kind: string;
	    cadreIds: number[];
	    cadreNames: string[];
	    participants: string;
	    attendance: number;
	    content: string;
	    followUps: string;
	    recordedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new Activity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.date = source["date"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.kind = source["kind"];
	        this.cadreIds = source["cadreIds"];
	        this.cadreNames = source["cadreNames"];
	        this.participants = source["participants"];
	        this.attendance = source["attendance"];
	        this.content = source["content"];
	        this.followUps = source["followUps"];
	        this.recordedBy = source["recordedBy"];
	    }
	}
	export class ActivityDue {
	    villageId: number;
	    villageName: string;
	    kind: string;
	    periodLabel: string;
	    cadence: string;
	    periodEnd: string;
	    daysLeft: number;
	    lastDate: string;
	    done: boolean;
	    missedLast: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ActivityDue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.kind = source["kind"];
	        this.periodLabel = source["periodLabel"];
	        this.cadence = source["cadence"];
	        this.periodEnd = source["periodEnd"];
	        this.daysLeft = source["daysLeft"];
	        this.lastDate = source["lastDate"];
	        this.done = source["done"];
	        this.missedLast = source["missedLast"];
	    }
	}
	export class ActivityInput {
	    date: string;
	    villageId: number;
	    kind: string;
	    cadreIds: number[];
	    participants: string;
	    attendance: number;
	    content: string;
	    followUps: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.villageId = source["villageId"];
	        this.kind = source["kind"];
	        this.cadreIds = source["cadreIds"];
	        this.participants = source["participants"];
	        this.attendance = source["attendance"];
	        this.content = source["content"];
	        this.followUps = source["followUps"];
	    }
	}
	export class ActivityKind {
	    name: string;
	    period: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityKind(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.period = source["period"];
	        this.label = source["label"];
	    }
	}
	export class ActivityPage {
	    items: Activity[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new ActivityPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Activity);
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
	export class ActivityQuery {
	    villageId: number;
	    kind: string;
	    from: string;
	    to: string;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new ActivityQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.villageId = source["villageId"];
	        this.kind = source["kind"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
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
	export class Allowance {
	    residentId: number;
	    name: string;
	    idNumber: string;
	    villageId: number;
	    villageName: string;
	    groupName: string;
	    members: number;
	    monthlyAmount: string;
	    firstPaid: string;
	    caseNumber: string;
	
	    static createFrom(source: any = {}) {
	        return new Allowance(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.residentId = source["residentId"];
	        this.name = source["name"];
	        this.idNumber = source["idNumber"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.groupName = source["groupName"];
	        this.members = source["members"];
	        this.monthlyAmount = source["monthlyAmount"];
	        this.firstPaid = source["firstPaid"];
	        this.caseNumber = source["caseNumber"];
	    }
	}
	export class AnchorResult {
	    count: number;
	    hash: string;
	    source: string;
	    takenAt: string;
	    status: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new AnchorResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.count = source["count"];
	        this.hash = source["hash"];
	        this.source = source["source"];
	        this.takenAt = source["takenAt"];
	        this.status = source["status"];
	        this.message = source["message"];
	    }
	}
	export class AssignInput {
	    cadreId: number;
	    householdIds: number[];
	    villageId: number;
	    groupId: number;
	    from: string;
	    onlyUnassigned: boolean;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new AssignInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.householdIds = source["householdIds"];
	        this.villageId = source["villageId"];
	        this.groupId = source["groupId"];
	        this.from = source["from"];
	        this.onlyUnassigned = source["onlyUnassigned"];
	        this.note = source["note"];
	    }
	}
	export class AssignResult {
	    assigned: number;
	    moved: number;
	    unchanged: number;
	    skipped: number;
	    coverage: number;
	    warning: string;
	
	    static createFrom(source: any = {}) {
	        return new AssignResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.assigned = source["assigned"];
	        this.moved = source["moved"];
	        this.unchanged = source["unchanged"];
	        this.skipped = source["skipped"];
	        this.coverage = source["coverage"];
	        this.warning = source["warning"];
	    }
	}
	export class Assignment {
	    id: number;
	    householdId: number;
	    headName: string;
	    cadreId: number;
	    cadreName: string;
	    from: string;
	    to: string;
	    note: string;
	    current: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Assignment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.householdId = source["householdId"];
	        this.headName = source["headName"];
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.note = source["note"];
	        this.current = source["current"];
	    }
	}
	export class AuditAnchor {
	    count: number;
	    hash: string;
	    source: string;
	    takenAt: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditAnchor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.count = source["count"];
	        this.hash = source["hash"];
	        this.source = source["source"];
	        this.takenAt = source["takenAt"];
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
	export class AuditBreak {
	    entry: AuditEntry;
	    kind: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditBreak(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entry = this.convertValues(source["entry"], AuditEntry);
	        this.kind = source["kind"];
	        this.reason = source["reason"];
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
	
	export class AuditHead {
	    count: number;
	    lastId: number;
	    hash: string;
	    short: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditHead(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.count = source["count"];
	        this.lastId = source["lastId"];
	        this.hash = source["hash"];
	        this.short = source["short"];
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
	export class AuditVerification {
	    checked: number;
	    broken?: AuditBreak;
	    problems: AuditBreak[];
	    more: number;
	    head: AuditHead;
	    anchors: AnchorResult[];
	    lastRestore?: AuditEntry;
	    noChain: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AuditVerification(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.checked = source["checked"];
	        this.broken = this.convertValues(source["broken"], AuditBreak);
	        this.problems = this.convertValues(source["problems"], AuditBreak);
	        this.more = source["more"];
	        this.head = this.convertValues(source["head"], AuditHead);
	        this.anchors = this.convertValues(source["anchors"], AnchorResult);
	        this.lastRestore = this.convertValues(source["lastRestore"], AuditEntry);
	        this.noChain = source["noChain"];
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
	export class AuditVerifyInput {
	    anchors: AuditAnchor[];
	
	    static createFrom(source: any = {}) {
	        return new AuditVerifyInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.anchors = this.convertValues(source["anchors"], AuditAnchor);
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
	export class BannerHall {
	    id: number;
	    name: string;
	    township: string;
	    kind: string;
	    where: string;
	    refreshedAt: string;
	    replicatedAt: string;
	    lagSeconds: number;
	    stale: boolean;
	    error: string;
	
	    static createFrom(source: any = {}) {
	        return new BannerHall(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.township = source["township"];
	        this.kind = source["kind"];
	        this.where = source["where"];
	        this.refreshedAt = source["refreshedAt"];
	        this.replicatedAt = source["replicatedAt"];
	        this.lagSeconds = source["lagSeconds"];
	        this.stale = source["stale"];
	        this.error = source["error"];
	    }
	}
	export class BannerHallInput {
	    id: number;
	    name: string;
	    township: string;
	
	    static createFrom(source: any = {}) {
	        return new BannerHallInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.township = source["township"];
	    }
	}
	export class BoardCall {
	    number: string;
	    windowNo: number;
	    windowName: string;
	    at: string;
	    seq: number;
	
	    static createFrom(source: any = {}) {
	        return new BoardCall(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.number = source["number"];
	        this.windowNo = source["windowNo"];
	        this.windowName = source["windowName"];
	        this.at = source["at"];
	        this.seq = source["seq"];
	    }
	}
	export class BoardGroup {
	    prefix: string;
	    name: string;
	    waiting: number;
	
	    static createFrom(source: any = {}) {
	        return new BoardGroup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.prefix = source["prefix"];
	        this.name = source["name"];
	        this.waiting = source["waiting"];
	    }
	}
	export class BoardWindow {
	    no: number;
	    name: string;
	    current: string;
	    paused: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BoardWindow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.no = source["no"];
	        this.name = source["name"];
	        this.current = source["current"];
	        this.paused = source["paused"];
	    }
	}
	export class BriefingSection {
	    title: string;
	    paragraphs: string[];
	    sub: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BriefingSection(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.paragraphs = source["paragraphs"];
	        this.sub = source["sub"];
	    }
	}
	export class NotableCase {
	    caseId: number;
	    number: string;
	    itemName: string;
	    ledger: string;
	    source: string;
	    summary: string;
	    departments: string;
	    applicantName: string;
	    villageName: string;
	    status: string;
	    statusLabel: string;
	    takenOn: string;
	    doneOn: string;
	    outcome: string;
	    outcomeNote: string;
	    rating: number;
	    ratingLabel: string;
	    text: string;
	    picked: boolean;
	
	    static createFrom(source: any = {}) {
	        return new NotableCase(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.caseId = source["caseId"];
	        this.number = source["number"];
	        this.itemName = source["itemName"];
	        this.ledger = source["ledger"];
	        this.source = source["source"];
	        this.summary = source["summary"];
	        this.departments = source["departments"];
	        this.applicantName = source["applicantName"];
	        this.villageName = source["villageName"];
	        this.status = source["status"];
	        this.statusLabel = source["statusLabel"];
	        this.takenOn = source["takenOn"];
	        this.doneOn = source["doneOn"];
	        this.outcome = source["outcome"];
	        this.outcomeNote = source["outcomeNote"];
	        this.rating = source["rating"];
	        this.ratingLabel = source["ratingLabel"];
	        this.text = source["text"];
	        this.picked = source["picked"];
	    }
	}
	export class PrintFigures {
	    guides: number;
	    cards: number;
	    leaflets: number;
	    talks: number;
	    attendance: number;
	
	    static createFrom(source: any = {}) {
	        return new PrintFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.guides = source["guides"];
	        this.cards = source["cards"];
	        this.leaflets = source["leaflets"];
	        this.talks = source["talks"];
	        this.attendance = source["attendance"];
	    }
	}
	export class PetitionFigures {
	    receptionDays: number;
	    received: number;
	    groupVisits: number;
	    accepted: number;
	    assigned: number;
	    leaders: number;
	    settled: number;
	    refused: number;
	    open: number;
	
	    static createFrom(source: any = {}) {
	        return new PetitionFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.receptionDays = source["receptionDays"];
	        this.received = source["received"];
	        this.groupVisits = source["groupVisits"];
	        this.accepted = source["accepted"];
	        this.assigned = source["assigned"];
	        this.leaders = source["leaders"];
	        this.settled = source["settled"];
	        this.refused = source["refused"];
	        this.open = source["open"];
	    }
	}
	export class VisitFigures {
	    visits: number;
	    households: number;
	    cadres: number;
	    diaries: number;
	    issues: number;
	    issueCases: number;
	    suggestions: number;
	    disputes: number;
	    feedback: number;
	    activities: number;
	
	    static createFrom(source: any = {}) {
	        return new VisitFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.visits = source["visits"];
	        this.households = source["households"];
	        this.cadres = source["cadres"];
	        this.diaries = source["diaries"];
	        this.issues = source["issues"];
	        this.issueCases = source["issueCases"];
	        this.suggestions = source["suggestions"];
	        this.disputes = source["disputes"];
	        this.feedback = source["feedback"];
	        this.activities = source["activities"];
	    }
	}
	export class CaseSummary {
	    sorted: number;
	    onSpot: number;
	    proxy: number;
	    joint: number;
	    declined: number;
	    inProgress: number;
	    rated: number;
	    good: number;
	    bad: number;
	    satisfaction: number;
	
	    static createFrom(source: any = {}) {
	        return new CaseSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.sorted = source["sorted"];
	        this.onSpot = source["onSpot"];
	        this.proxy = source["proxy"];
	        this.joint = source["joint"];
	        this.declined = source["declined"];
	        this.inProgress = source["inProgress"];
	        this.rated = source["rated"];
	        this.good = source["good"];
	        this.bad = source["bad"];
	        this.satisfaction = source["satisfaction"];
	    }
	}
	export class BriefingSettings {
	    title: string;
	    office: string;
	    report: string;
	    send: string;
	    post: string;
	
	    static createFrom(source: any = {}) {
	        return new BriefingSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.office = source["office"];
	        this.report = source["report"];
	        this.send = source["send"];
	        this.post = source["post"];
	    }
	}
	export class Period {
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new Period(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	export class Briefing {
	    month: string;
	    monthLabel: string;
	    period: Period;
	    hallName: string;
	    issueNo: number;
	    saved: boolean;
	    settings: BriefingSettings;
	    cases: CaseSummary;
	    visits: VisitFigures;
	    petitions: PetitionFigures;
	    prints: PrintFigures;
	    notables: NotableCase[];
	    issuedOn: string;
	    headline: string;
	    sections: BriefingSection[];
	    canEdit: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Briefing(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.monthLabel = source["monthLabel"];
	        this.period = this.convertValues(source["period"], Period);
	        this.hallName = source["hallName"];
	        this.issueNo = source["issueNo"];
	        this.saved = source["saved"];
	        this.settings = this.convertValues(source["settings"], BriefingSettings);
	        this.cases = this.convertValues(source["cases"], CaseSummary);
	        this.visits = this.convertValues(source["visits"], VisitFigures);
	        this.petitions = this.convertValues(source["petitions"], PetitionFigures);
	        this.prints = this.convertValues(source["prints"], PrintFigures);
	        this.notables = this.convertValues(source["notables"], NotableCase);
	        this.issuedOn = source["issuedOn"];
	        this.headline = source["headline"];
	        this.sections = this.convertValues(source["sections"], BriefingSection);
	        this.canEdit = source["canEdit"];
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
	export class NotableInput {
	    caseId: number;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new NotableInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.caseId = source["caseId"];
	        this.text = source["text"];
	    }
	}
	export class BriefingInput {
	    month: string;
	    issueNo: number;
	    settings: BriefingSettings;
	    notables: NotableInput[];
	
	    static createFrom(source: any = {}) {
	        return new BriefingInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.issueNo = source["issueNo"];
	        this.settings = this.convertValues(source["settings"], BriefingSettings);
	        this.notables = this.convertValues(source["notables"], NotableInput);
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
	
	
	export class Cadre {
	    id: number;
	    name: string;
	    nameMongolian: string;
	    position: string;
	    unit: string;
	    phone: string;
	    type: string;
	    villageIds: number[];
	    villageNames: string[];
	    coverage: string;
	    teamId: number;
	    teamName: string;
	    households: number;
	    active: boolean;
	    updatedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Cadre(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.nameMongolian = source["nameMongolian"];
	        this.position = source["position"];
	        this.unit = source["unit"];
	        this.phone = source["phone"];
	        this.type = source["type"];
	        this.villageIds = source["villageIds"];
	        this.villageNames = source["villageNames"];
	        this.coverage = source["coverage"];
	        this.teamId = source["teamId"];
	        this.teamName = source["teamName"];
	        this.households = source["households"];
	        this.active = source["active"];
	        this.updatedAt = source["updatedAt"];
	        this.version = source["version"];
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
	    teamId: number;
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
	        this.teamId = source["teamId"];
	        this.includeInactive = source["includeInactive"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class CadreScore {
	    cadreId: number;
	    name: string;
	    position: string;
	    type: string;
	    households: number;
	    duties: number;
	    dutiesOnTime: number;
	    expectedVisits: number;
	    visits: number;
	    visitRate: number;
	    cases: number;
	    solved: number;
	    onTime: number;
	    inProgress: number;
	    feedback: number;
	    rated: number;
	    good: number;
	    bad: number;
	    petitions: number;
	    petitionsOnTime: number;
	    petitionsOverdue: number;
	
	    static createFrom(source: any = {}) {
	        return new CadreScore(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.name = source["name"];
	        this.position = source["position"];
	        this.type = source["type"];
	        this.households = source["households"];
	        this.duties = source["duties"];
	        this.dutiesOnTime = source["dutiesOnTime"];
	        this.expectedVisits = source["expectedVisits"];
	        this.visits = source["visits"];
	        this.visitRate = source["visitRate"];
	        this.cases = source["cases"];
	        this.solved = source["solved"];
	        this.onTime = source["onTime"];
	        this.inProgress = source["inProgress"];
	        this.feedback = source["feedback"];
	        this.rated = source["rated"];
	        this.good = source["good"];
	        this.bad = source["bad"];
	        this.petitions = source["petitions"];
	        this.petitionsOnTime = source["petitionsOnTime"];
	        this.petitionsOverdue = source["petitionsOverdue"];
	    }
	}
	export class CallbackInput {
	    ratingId: number;
	    on: string;
	    done: string;
	    newLevel: number;
	    resolved: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CallbackInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ratingId = source["ratingId"];
	        this.on = source["on"];
	        this.done = source["done"];
	        this.newLevel = source["newLevel"];
	        this.resolved = source["resolved"];
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
	    itemRole: string;
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
	    createdAt: string;
	    acceptedOn: string;
	    promisedDays: number;
	    statutoryDays: number;
	    extensionDays: number;
	    dueDate: string;
	    dueVerified: boolean;
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
	    ratingNote: string;
	    remedyDue: string;
	    remedyNote: string;
	    remedyResolved: boolean;
	    ratingExcluded: boolean;
	    closedAt: string;
	    closedBy: string;
	    version: number;
	    statusLabel: string;
	    daysLeft: number;
	    overdue: boolean;
	    ratingLabel: string;
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
	        this.itemRole = source["itemRole"];
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
	        this.createdAt = source["createdAt"];
	        this.acceptedOn = source["acceptedOn"];
	        this.promisedDays = source["promisedDays"];
	        this.statutoryDays = source["statutoryDays"];
	        this.extensionDays = source["extensionDays"];
	        this.dueDate = source["dueDate"];
	        this.dueVerified = source["dueVerified"];
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
	        this.ratingNote = source["ratingNote"];
	        this.remedyDue = source["remedyDue"];
	        this.remedyNote = source["remedyNote"];
	        this.remedyResolved = source["remedyResolved"];
	        this.ratingExcluded = source["ratingExcluded"];
	        this.closedAt = source["closedAt"];
	        this.closedBy = source["closedBy"];
	        this.version = source["version"];
	        this.statusLabel = source["statusLabel"];
	        this.daysLeft = source["daysLeft"];
	        this.overdue = source["overdue"];
	        this.ratingLabel = source["ratingLabel"];
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
	
	export class CaseLookup {
	    itemName: string;
	    stage: string;
	    missing: string[];
	    promisedDate: string;
	    handlerName: string;
	    applicantName: string;
	
	    static createFrom(source: any = {}) {
	        return new CaseLookup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemName = source["itemName"];
	        this.stage = source["stage"];
	        this.missing = source["missing"];
	        this.promisedDate = source["promisedDate"];
	        this.handlerName = source["handlerName"];
	        this.applicantName = source["applicantName"];
	    }
	}
	export class CasePage {
	    items: Case[];
	    total: number;
	    page: number;
	    first: string;
	    last: string;
	
	    static createFrom(source: any = {}) {
	        return new CasePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Case);
	        this.total = source["total"];
	        this.page = source["page"];
	        this.first = source["first"];
	        this.last = source["last"];
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
	    after?: string;
	    before?: string;
	
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
	        this.after = source["after"];
	        this.before = source["before"];
	    }
	}
	
	export class ClerkScore {
	    operatorId: number;
	    name: string;
	    role: string;
	    cases: number;
	    solved: number;
	    finished: number;
	    onTime: number;
	    overdue: number;
	    inProgress: number;
	    feedback: number;
	    rated: number;
	    good: number;
	    bad: number;
	    remedyOpen: number;
	    satisfaction: number;
	
	    static createFrom(source: any = {}) {
	        return new ClerkScore(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.operatorId = source["operatorId"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.cases = source["cases"];
	        this.solved = source["solved"];
	        this.finished = source["finished"];
	        this.onTime = source["onTime"];
	        this.overdue = source["overdue"];
	        this.inProgress = source["inProgress"];
	        this.feedback = source["feedback"];
	        this.rated = source["rated"];
	        this.good = source["good"];
	        this.bad = source["bad"];
	        this.remedyOpen = source["remedyOpen"];
	        this.satisfaction = source["satisfaction"];
	    }
	}
	export class Collection {
	    open: boolean;
	    from: string;
	    to: string;
	    coverYear: number;
	
	    static createFrom(source: any = {}) {
	        return new Collection(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.open = source["open"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.coverYear = source["coverYear"];
	    }
	}
	export class ContactPoint {
	    cadreId: number;
	    cadreName: string;
	    position: string;
	    villageNames: string[];
	    year: number;
	    target: number;
	    done: number;
	    expected: number;
	    behind: boolean;
	    dates: string[];
	
	    static createFrom(source: any = {}) {
	        return new ContactPoint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.position = source["position"];
	        this.villageNames = source["villageNames"];
	        this.year = source["year"];
	        this.target = source["target"];
	        this.done = source["done"];
	        this.expected = source["expected"];
	        this.behind = source["behind"];
	        this.dates = source["dates"];
	    }
	}
	export class CoverageRow {
	    cadreId: number;
	    cadreName: string;
	    cadreType: string;
	    villages: string;
	    households: number;
	    pairs: number;
	    over: boolean;
	    warning: string;
	
	    static createFrom(source: any = {}) {
	        return new CoverageRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.cadreType = source["cadreType"];
	        this.villages = source["villages"];
	        this.households = source["households"];
	        this.pairs = source["pairs"];
	        this.over = source["over"];
	        this.warning = source["warning"];
	    }
	}
	export class CoverageSummary {
	    rows: CoverageRow[];
	    unassigned: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new CoverageSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], CoverageRow);
	        this.unassigned = source["unassigned"];
	        this.limit = source["limit"];
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
	export class CoveredHousehold {
	    householdId: number;
	    headName: string;
	    villageId: number;
	    villageName: string;
	    groupId: number;
	    groupName: string;
	    address: string;
	    memberCount: number;
	    cadreId: number;
	    cadreName: string;
	    since: string;
	    kinds: string[];
	    lastVisit: string;
	
	    static createFrom(source: any = {}) {
	        return new CoveredHousehold(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.householdId = source["householdId"];
	        this.headName = source["headName"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	        this.address = source["address"];
	        this.memberCount = source["memberCount"];
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.since = source["since"];
	        this.kinds = source["kinds"];
	        this.lastVisit = source["lastVisit"];
	    }
	}
	export class CoveredPage {
	    items: CoveredHousehold[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new CoveredPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], CoveredHousehold);
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
	export class CoveredQuery {
	    villageId: number;
	    groupId: number;
	    cadreId: number;
	    unassigned: boolean;
	    text: string;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new CoveredQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.villageId = source["villageId"];
	        this.groupId = source["groupId"];
	        this.cadreId = source["cadreId"];
	        this.unassigned = source["unassigned"];
	        this.text = source["text"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class PrintCount {
	    guides: number;
	    cards: number;
	    leaflets: number;
	
	    static createFrom(source: any = {}) {
	        return new PrintCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.guides = source["guides"];
	        this.cards = source["cards"];
	        this.leaflets = source["leaflets"];
	    }
	}
	export class VisitCount {
	    visits: number;
	    households: number;
	    duties: number;
	    onTime: number;
	    coverage: number;
	
	    static createFrom(source: any = {}) {
	        return new VisitCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.visits = source["visits"];
	        this.households = source["households"];
	        this.duties = source["duties"];
	        this.onTime = source["onTime"];
	        this.coverage = source["coverage"];
	    }
	}
	export class PetitionCount {
	    received: number;
	    closed: number;
	    replied: number;
	    repliedOnTime: number;
	    open: number;
	    overdue: number;
	
	    static createFrom(source: any = {}) {
	        return new PetitionCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.received = source["received"];
	        this.closed = source["closed"];
	        this.replied = source["replied"];
	        this.repliedOnTime = source["repliedOnTime"];
	        this.open = source["open"];
	        this.overdue = source["overdue"];
	    }
	}
	export class RemedyCount {
	    bad: number;
	    resolved: number;
	    open: number;
	    overdue: number;
	
	    static createFrom(source: any = {}) {
	        return new RemedyCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.bad = source["bad"];
	        this.resolved = source["resolved"];
	        this.open = source["open"];
	        this.overdue = source["overdue"];
	    }
	}
	export class GroupCount {
	    id: number;
	    key: string;
	    name: string;
	    total: number;
	    solved: number;
	    declined: number;
	    inProgress: number;
	    overdue: number;
	    bad: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.key = source["key"];
	        this.name = source["name"];
	        this.total = source["total"];
	        this.solved = source["solved"];
	        this.declined = source["declined"];
	        this.inProgress = source["inProgress"];
	        this.overdue = source["overdue"];
	        this.bad = source["bad"];
	    }
	}
	export class Dashboard {
	    period: Period;
	    today: string;
	    summary: CaseSummary;
	    ledgers: GroupCount[];
	    items: GroupCount[];
	    villages: GroupCount[];
	    handlers: GroupCount[];
	    overdue: number;
	    dueSoon: number;
	    overdueAll: number;
	    dueSoonAll: number;
	    remedy: RemedyCount;
	    petitions: PetitionCount;
	    visits: VisitCount;
	    prints: PrintCount;
	
	    static createFrom(source: any = {}) {
	        return new Dashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = this.convertValues(source["period"], Period);
	        this.today = source["today"];
	        this.summary = this.convertValues(source["summary"], CaseSummary);
	        this.ledgers = this.convertValues(source["ledgers"], GroupCount);
	        this.items = this.convertValues(source["items"], GroupCount);
	        this.villages = this.convertValues(source["villages"], GroupCount);
	        this.handlers = this.convertValues(source["handlers"], GroupCount);
	        this.overdue = source["overdue"];
	        this.dueSoon = source["dueSoon"];
	        this.overdueAll = source["overdueAll"];
	        this.dueSoonAll = source["dueSoonAll"];
	        this.remedy = this.convertValues(source["remedy"], RemedyCount);
	        this.petitions = this.convertValues(source["petitions"], PetitionCount);
	        this.visits = this.convertValues(source["visits"], VisitCount);
	        this.prints = this.convertValues(source["prints"], PrintCount);
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
	export class Device {
	    id: number;
	    name: string;
	    role: string;
	    roleLabel: string;
	    window: number;
	    status: string;
	    statusLabel: string;
	    code: string;
	    address: string;
	    requestedAt: string;
	    pairedAt: string;
	    pairedBy: string;
	    revokedAt: string;
	    lastSeen: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Device(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.roleLabel = source["roleLabel"];
	        this.window = source["window"];
	        this.status = source["status"];
	        this.statusLabel = source["statusLabel"];
	        this.code = source["code"];
	        this.address = source["address"];
	        this.requestedAt = source["requestedAt"];
	        this.pairedAt = source["pairedAt"];
	        this.pairedBy = source["pairedBy"];
	        this.revokedAt = source["revokedAt"];
	        this.lastSeen = source["lastSeen"];
	        this.version = source["version"];
	    }
	}
	export class DeviceApproval {
	    id: number;
	    code: string;
	    name: string;
	    role: string;
	    window: number;
	
	    static createFrom(source: any = {}) {
	        return new DeviceApproval(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.window = source["window"];
	    }
	}
	export class DeviceState {
	    status: string;
	    code: string;
	    name: string;
	    role: string;
	    window: number;
	    hallName: string;
	
	    static createFrom(source: any = {}) {
	        return new DeviceState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.window = source["window"];
	        this.hallName = source["hallName"];
	    }
	}
	export class VisitIssue {
	    id: number;
	    visitId: number;
	    kind: string;
	    kindLabel: string;
	    text: string;
	    caseId: number;
	    caseNumber: string;
	    caseItemName: string;
	    caseLedger: string;
	    caseStatus: string;
	    caseStatusLabel: string;
	    caseOutcome: string;
	    caseOutcomeNote: string;
	    applicantName: string;
	    feedbackOn: string;
	    feedbackNote: string;
	    feedbackBy: string;
	
	    static createFrom(source: any = {}) {
	        return new VisitIssue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.visitId = source["visitId"];
	        this.kind = source["kind"];
	        this.kindLabel = source["kindLabel"];
	        this.text = source["text"];
	        this.caseId = source["caseId"];
	        this.caseNumber = source["caseNumber"];
	        this.caseItemName = source["caseItemName"];
	        this.caseLedger = source["caseLedger"];
	        this.caseStatus = source["caseStatus"];
	        this.caseStatusLabel = source["caseStatusLabel"];
	        this.caseOutcome = source["caseOutcome"];
	        this.caseOutcomeNote = source["caseOutcomeNote"];
	        this.applicantName = source["applicantName"];
	        this.feedbackOn = source["feedbackOn"];
	        this.feedbackNote = source["feedbackNote"];
	        this.feedbackBy = source["feedbackBy"];
	    }
	}
	export class Visit {
	    id: number;
	    date: string;
	    weekday: string;
	    cadreId: number;
	    cadreName: string;
	    householdId: number;
	    headName: string;
	    villageId: number;
	    villageName: string;
	    groupName: string;
	    address: string;
	    way: string;
	    purpose: string;
	    diary: string;
	    issues: VisitIssue[];
	    recordedBy: string;
	    createdAt: string;
	    feedbackGiven: VisitIssue[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Visit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.date = source["date"];
	        this.weekday = source["weekday"];
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.householdId = source["householdId"];
	        this.headName = source["headName"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.groupName = source["groupName"];
	        this.address = source["address"];
	        this.way = source["way"];
	        this.purpose = source["purpose"];
	        this.diary = source["diary"];
	        this.issues = this.convertValues(source["issues"], VisitIssue);
	        this.recordedBy = source["recordedBy"];
	        this.createdAt = source["createdAt"];
	        this.feedbackGiven = this.convertValues(source["feedbackGiven"], VisitIssue);
	        this.version = source["version"];
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
	export class Diary {
	    cadreId: number;
	    cadreName: string;
	    position: string;
	    from: string;
	    to: string;
	    periodLabel: string;
	    visits: Visit[];
	
	    static createFrom(source: any = {}) {
	        return new Diary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.position = source["position"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.periodLabel = source["periodLabel"];
	        this.visits = this.convertValues(source["visits"], Visit);
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
	export class DiaryInput {
	    cadreId: number;
	    period: string;
	    date: string;
	
	    static createFrom(source: any = {}) {
	        return new DiaryInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.period = source["period"];
	        this.date = source["date"];
	    }
	}
	export class DocumentRecord {
	    number: string;
	    kind: string;
	    about: string;
	    fileName: string;
	    pages: number;
	    sha256: string;
	    printedAt: string;
	    printedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new DocumentRecord(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.number = source["number"];
	        this.kind = source["kind"];
	        this.about = source["about"];
	        this.fileName = source["fileName"];
	        this.pages = source["pages"];
	        this.sha256 = source["sha256"];
	        this.printedAt = source["printedAt"];
	        this.printedBy = source["printedBy"];
	    }
	}
	export class Donation {
	    id: number;
	    date: string;
	    donor: string;
	    amount: string;
	    use: string;
	    note: string;
	    recordedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new Donation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.date = source["date"];
	        this.donor = source["donor"];
	        this.amount = source["amount"];
	        this.use = source["use"];
	        this.note = source["note"];
	        this.recordedBy = source["recordedBy"];
	    }
	}
	export class DonationInput {
	    date: string;
	    donor: string;
	    amount: string;
	    use: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new DonationInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.donor = source["donor"];
	        this.amount = source["amount"];
	        this.use = source["use"];
	        this.note = source["note"];
	    }
	}
	export class MonthTotal {
	    month: string;
	    count: number;
	    amount: string;
	
	    static createFrom(source: any = {}) {
	        return new MonthTotal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.count = source["count"];
	        this.amount = source["amount"];
	    }
	}
	export class DonationSummary {
	    year: number;
	    items: Donation[];
	    months: MonthTotal[];
	    count: number;
	    total: string;
	    nextThanksgiving: string;
	
	    static createFrom(source: any = {}) {
	        return new DonationSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.items = this.convertValues(source["items"], Donation);
	        this.months = this.convertValues(source["months"], MonthTotal);
	        this.count = source["count"];
	        this.total = source["total"];
	        this.nextThanksgiving = source["nextThanksgiving"];
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
	export class DrillPage {
	    title: string;
	    items: Case[];
	    total: number;
	    page: number;
	    first: string;
	    last: string;
	
	    static createFrom(source: any = {}) {
	        return new DrillPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.items = this.convertValues(source["items"], Case);
	        this.total = source["total"];
	        this.page = source["page"];
	        this.first = source["first"];
	        this.last = source["last"];
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
	export class DrillQuery {
	    from: string;
	    to: string;
	    allTime: boolean;
	    bucket: string;
	    ledger: string;
	    itemId: number;
	    villageId: number;
	    handlerId: number;
	    page: number;
	    pageSize: number;
	    after?: string;
	    before?: string;
	
	    static createFrom(source: any = {}) {
	        return new DrillQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.allTime = source["allTime"];
	        this.bucket = source["bucket"];
	        this.ledger = source["ledger"];
	        this.itemId = source["itemId"];
	        this.villageId = source["villageId"];
	        this.handlerId = source["handlerId"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	        this.after = source["after"];
	        this.before = source["before"];
	    }
	}
	export class DueCount {
	    id: number;
	    name: string;
	    total: number;
	    dueSoon: number;
	    overdue: number;
	
	    static createFrom(source: any = {}) {
	        return new DueCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.total = source["total"];
	        this.dueSoon = source["dueSoon"];
	        this.overdue = source["overdue"];
	    }
	}
	export class DueVisit {
	    duty: string;
	    cadreId: number;
	    cadreName: string;
	    householdId: number;
	    headName: string;
	    villageId: number;
	    villageName: string;
	    groupName: string;
	    address: string;
	    kinds: string[];
	    kind: string;
	    days: number;
	    way: string;
	    lastVisit: string;
	    neverVisited: boolean;
	    dueDate: string;
	    daysLeft: number;
	    overdue: boolean;
	    dueSoon: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DueVisit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.duty = source["duty"];
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.householdId = source["householdId"];
	        this.headName = source["headName"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.groupName = source["groupName"];
	        this.address = source["address"];
	        this.kinds = source["kinds"];
	        this.kind = source["kind"];
	        this.days = source["days"];
	        this.way = source["way"];
	        this.lastVisit = source["lastVisit"];
	        this.neverVisited = source["neverVisited"];
	        this.dueDate = source["dueDate"];
	        this.daysLeft = source["daysLeft"];
	        this.overdue = source["overdue"];
	        this.dueSoon = source["dueSoon"];
	    }
	}
	export class DueReport {
	    today: string;
	    horizon: number;
	    items: DueVisit[];
	    byCadre: DueCount[];
	    byVillage: DueCount[];
	
	    static createFrom(source: any = {}) {
	        return new DueReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.horizon = source["horizon"];
	        this.items = this.convertValues(source["items"], DueVisit);
	        this.byCadre = this.convertValues(source["byCadre"], DueCount);
	        this.byVillage = this.convertValues(source["byVillage"], DueCount);
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
	
	export class EndPairInput {
	    pairId: number;
	    on: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new EndPairInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pairId = source["pairId"];
	        this.on = source["on"];
	        this.note = source["note"];
	    }
	}
	export class FeedbackInput {
	    issueId: number;
	    visitId: number;
	    date: string;
	    note: string;
	    recordCase: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FeedbackInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.issueId = source["issueId"];
	        this.visitId = source["visitId"];
	        this.date = source["date"];
	        this.note = source["note"];
	        this.recordCase = source["recordCase"];
	    }
	}
	export class Group {
	    id: number;
	    villageId: number;
	    name: string;
	    active: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Group(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.villageId = source["villageId"];
	        this.name = source["name"];
	        this.active = source["active"];
	        this.version = source["version"];
	    }
	}
	
	export class GroupInput {
	    id: number;
	    villageId: number;
	    name: string;
	    active: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.villageId = source["villageId"];
	        this.name = source["name"];
	        this.active = source["active"];
	        this.version = source["version"];
	    }
	}
	export class MongolianTexts {
	    hallName: string;
	    township: string;
	    banner: string;
	    address: string;
	    officeHours: string;
	    labels: Record<string, string>;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new MongolianTexts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hallName = source["hallName"];
	        this.township = source["township"];
	        this.banner = source["banner"];
	        this.address = source["address"];
	        this.officeHours = source["officeHours"];
	        this.labels = source["labels"];
	        this.version = source["version"];
	    }
	}
	export class HallSettings {
	    hallName: string;
	    township: string;
	    banner: string;
	    phone: string;
	    supervisionPhone: string;
	    idleMinutes: number;
	    address: string;
	    officeHours: string;
	    remedyDays: number;
	    version: number;
	    mongolian: MongolianTexts;
	
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
	        this.address = source["address"];
	        this.officeHours = source["officeHours"];
	        this.remedyDays = source["remedyDays"];
	        this.version = source["version"];
	        this.mongolian = this.convertValues(source["mongolian"], MongolianTexts);
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
	export class Handler {
	    id: number;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new Handler(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class HelpInput {
	    pairId: number;
	    date: string;
	    kind: string;
	    amount: string;
	    description: string;
	
	    static createFrom(source: any = {}) {
	        return new HelpInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pairId = source["pairId"];
	        this.date = source["date"];
	        this.kind = source["kind"];
	        this.amount = source["amount"];
	        this.description = source["description"];
	    }
	}
	export class HelpRecord {
	    id: number;
	    pairId: number;
	    cadreName: string;
	    headName: string;
	    date: string;
	    kind: string;
	    amount: string;
	    description: string;
	    recordedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new HelpRecord(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pairId = source["pairId"];
	        this.cadreName = source["cadreName"];
	        this.headName = source["headName"];
	        this.date = source["date"];
	        this.kind = source["kind"];
	        this.amount = source["amount"];
	        this.description = source["description"];
	        this.recordedBy = source["recordedBy"];
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
	    version: number;
	
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
	        this.version = source["version"];
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
	    version: number;
	
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
	        this.version = source["version"];
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
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new HouseholdInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.villageId = source["villageId"];
	        this.groupId = source["groupId"];
	        this.address = source["address"];
	        this.version = source["version"];
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
	export class ImportPreview {
	    row: number;
	    name: string;
	    idNumber: string;
	    sex: string;
	    age: number;
	    villageName: string;
	    groupName: string;
	    household: string;
	    relation: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.name = source["name"];
	        this.idNumber = source["idNumber"];
	        this.sex = source["sex"];
	        this.age = source["age"];
	        this.villageName = source["villageName"];
	        this.groupName = source["groupName"];
	        this.household = source["household"];
	        this.relation = source["relation"];
	    }
	}
	export class ImportProblem {
	    row: number;
	    column: string;
	    value: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportProblem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.column = source["column"];
	        this.value = source["value"];
	        this.reason = source["reason"];
	    }
	}
	export class ImportReport {
	    total: number;
	    good: number;
	    badRows: number;
	    households: number;
	    problems: ImportProblem[];
	    moreProblems: number;
	    preview: ImportPreview[];
	    skipped: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.good = source["good"];
	        this.badRows = source["badRows"];
	        this.households = source["households"];
	        this.problems = this.convertValues(source["problems"], ImportProblem);
	        this.moreProblems = source["moreProblems"];
	        this.preview = this.convertValues(source["preview"], ImportPreview);
	        this.skipped = source["skipped"];
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
	export class ImportResult {
	    residents: number;
	    households: number;
	    skipped: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.residents = source["residents"];
	        this.households = source["households"];
	        this.skipped = source["skipped"];
	    }
	}
	export class IndicatorLevel {
	    code: string;
	    name: string;
	    level: number;
	
	    static createFrom(source: any = {}) {
	        return new IndicatorLevel(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.name = source["name"];
	        this.level = source["level"];
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
	    ticketId: number;
	
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
	        this.ticketId = source["ticketId"];
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
	export class IssueRow {
	    id: number;
	    visitId: number;
	    kind: string;
	    kindLabel: string;
	    text: string;
	    caseId: number;
	    caseNumber: string;
	    caseItemName: string;
	    caseLedger: string;
	    caseStatus: string;
	    caseStatusLabel: string;
	    caseOutcome: string;
	    caseOutcomeNote: string;
	    applicantName: string;
	    feedbackOn: string;
	    feedbackNote: string;
	    feedbackBy: string;
	    visitDate: string;
	    cadreName: string;
	    householdId: number;
	    headName: string;
	    villageName: string;
	
	    static createFrom(source: any = {}) {
	        return new IssueRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.visitId = source["visitId"];
	        this.kind = source["kind"];
	        this.kindLabel = source["kindLabel"];
	        this.text = source["text"];
	        this.caseId = source["caseId"];
	        this.caseNumber = source["caseNumber"];
	        this.caseItemName = source["caseItemName"];
	        this.caseLedger = source["caseLedger"];
	        this.caseStatus = source["caseStatus"];
	        this.caseStatusLabel = source["caseStatusLabel"];
	        this.caseOutcome = source["caseOutcome"];
	        this.caseOutcomeNote = source["caseOutcomeNote"];
	        this.applicantName = source["applicantName"];
	        this.feedbackOn = source["feedbackOn"];
	        this.feedbackNote = source["feedbackNote"];
	        this.feedbackBy = source["feedbackBy"];
	        this.visitDate = source["visitDate"];
	        this.cadreName = source["cadreName"];
	        this.householdId = source["householdId"];
	        this.headName = source["headName"];
	        this.villageName = source["villageName"];
	    }
	}
	export class IssuePage {
	    items: IssueRow[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new IssuePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], IssueRow);
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
	export class IssueQuery {
	    kind: string;
	    cadreId: number;
	    villageId: number;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new IssueQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.cadreId = source["cadreId"];
	        this.villageId = source["villageId"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	
	export class TicketStatus {
	    number: string;
	    groupName: string;
	    status: string;
	    statusLabel: string;
	    ahead: number;
	    windowNo: number;
	    windowName: string;
	    day: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.number = source["number"];
	        this.groupName = source["groupName"];
	        this.status = source["status"];
	        this.statusLabel = source["statusLabel"];
	        this.ahead = source["ahead"];
	        this.windowNo = source["windowNo"];
	        this.windowName = source["windowName"];
	        this.day = source["day"];
	    }
	}
	export class LookupAnswer {
	    kind: string;
	    case?: CaseLookup;
	    ticket?: TicketStatus;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new LookupAnswer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.case = this.convertValues(source["case"], CaseLookup);
	        this.ticket = this.convertValues(source["ticket"], TicketStatus);
	        this.message = source["message"];
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
	
	
	
	export class NetworkInfo {
	    switchable: boolean;
	    enabled: boolean;
	    serving: boolean;
	    port: number;
	    addresses: string[];
	    problem: string;
	
	    static createFrom(source: any = {}) {
	        return new NetworkInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.switchable = source["switchable"];
	        this.enabled = source["enabled"];
	        this.serving = source["serving"];
	        this.port = source["port"];
	        this.addresses = source["addresses"];
	        this.problem = source["problem"];
	    }
	}
	
	
	export class NotablePage {
	    items: NotableCase[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new NotablePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], NotableCase);
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
	export class NotableQuery {
	    month: string;
	    text: string;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new NotableQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.text = source["text"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
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
	    version: number;
	
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
	        this.version = source["version"];
	    }
	}
	export class OperatorInput {
	    id: number;
	    username: string;
	    name: string;
	    role: string;
	    phone: string;
	    password: string;
	    version: number;
	
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
	        this.version = source["version"];
	    }
	}
	export class OperatorPrefs {
	    textScale: number;
	
	    static createFrom(source: any = {}) {
	        return new OperatorPrefs(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.textScale = source["textScale"];
	    }
	}
	export class OutreachExport {
	    list: string;
	    villageId: number;
	    full: boolean;
	
	    static createFrom(source: any = {}) {
	        return new OutreachExport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.list = source["list"];
	        this.villageId = source["villageId"];
	        this.full = source["full"];
	    }
	}
	export class OutreachListInfo {
	    key: string;
	    label: string;
	    itemCode: string;
	    purpose: string;
	
	    static createFrom(source: any = {}) {
	        return new OutreachListInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.itemCode = source["itemCode"];
	        this.purpose = source["purpose"];
	    }
	}
	export class OutreachRow {
	    residentId: number;
	    name: string;
	    sex: string;
	    birthDate: string;
	    birthMonth: string;
	    age: number;
	    idNumber: string;
	    phone: string;
	    villageId: number;
	    villageName: string;
	    groupName: string;
	    address: string;
	    reason: string;
	    due: string;
	    dueMonth: string;
	    overdue: boolean;
	    approvedOn: string;
	    monthlyAmount: string;
	
	    static createFrom(source: any = {}) {
	        return new OutreachRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.residentId = source["residentId"];
	        this.name = source["name"];
	        this.sex = source["sex"];
	        this.birthDate = source["birthDate"];
	        this.birthMonth = source["birthMonth"];
	        this.age = source["age"];
	        this.idNumber = source["idNumber"];
	        this.phone = source["phone"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.groupName = source["groupName"];
	        this.address = source["address"];
	        this.reason = source["reason"];
	        this.due = source["due"];
	        this.dueMonth = source["dueMonth"];
	        this.overdue = source["overdue"];
	        this.approvedOn = source["approvedOn"];
	        this.monthlyAmount = source["monthlyAmount"];
	    }
	}
	export class OutreachPage {
	    list: OutreachListInfo;
	    items: OutreachRow[];
	    total: number;
	    page: number;
	    note: string;
	    inactive: boolean;
	    full: boolean;
	    truncated: boolean;
	
	    static createFrom(source: any = {}) {
	        return new OutreachPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.list = this.convertValues(source["list"], OutreachListInfo);
	        this.items = this.convertValues(source["items"], OutreachRow);
	        this.total = source["total"];
	        this.page = source["page"];
	        this.note = source["note"];
	        this.inactive = source["inactive"];
	        this.full = source["full"];
	        this.truncated = source["truncated"];
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
	export class OutreachQuery {
	    list: string;
	    villageId: number;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new OutreachQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.list = source["list"];
	        this.villageId = source["villageId"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	
	export class OutreachSettings {
	    reviewMonths: number;
	    collectionStart: string;
	    collectionEnd: string;
	    newbornMonths: number;
	
	    static createFrom(source: any = {}) {
	        return new OutreachSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reviewMonths = source["reviewMonths"];
	        this.collectionStart = source["collectionStart"];
	        this.collectionEnd = source["collectionEnd"];
	        this.newbornMonths = source["newbornMonths"];
	    }
	}
	export class PadAnswer {
	    requestId: number;
	    level: number;
	    indicators: string[];
	    comment: string;
	
	    static createFrom(source: any = {}) {
	        return new PadAnswer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.requestId = source["requestId"];
	        this.level = source["level"];
	        this.indicators = source["indicators"];
	        this.comment = source["comment"];
	    }
	}
	export class Pair {
	    id: number;
	    cadreId: number;
	    cadreName: string;
	    householdId: number;
	    headName: string;
	    villageName: string;
	    groupName: string;
	    from: string;
	    to: string;
	    note: string;
	    helpCount: number;
	    helpAmount: string;
	    lastVisit: string;
	
	    static createFrom(source: any = {}) {
	        return new Pair(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.householdId = source["householdId"];
	        this.headName = source["headName"];
	        this.villageName = source["villageName"];
	        this.groupName = source["groupName"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.note = source["note"];
	        this.helpCount = source["helpCount"];
	        this.helpAmount = source["helpAmount"];
	        this.lastVisit = source["lastVisit"];
	    }
	}
	export class PairInput {
	    cadreId: number;
	    householdId: number;
	    from: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new PairInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.householdId = source["householdId"];
	        this.from = source["from"];
	        this.note = source["note"];
	    }
	}
	export class PairPage {
	    items: Pair[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new PairPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Pair);
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
	export class PairQuery {
	    cadreId: number;
	    ended: boolean;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new PairQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.ended = source["ended"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class PairResult {
	    pair: Pair;
	    warning: string;
	
	    static createFrom(source: any = {}) {
	        return new PairResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pair = this.convertValues(source["pair"], Pair);
	        this.warning = source["warning"];
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
	export class PaySheetInput {
	    villageId: number;
	    month: string;
	
	    static createFrom(source: any = {}) {
	        return new PaySheetInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.villageId = source["villageId"];
	        this.month = source["month"];
	    }
	}
	
	export class PetitionActionInfo {
	    action: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new PetitionActionInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = source["action"];
	        this.label = source["label"];
	    }
	}
	export class PetitionRepeat {
	    id: number;
	    number: string;
	    receivedOn: string;
	    category: string;
	    petitionerName: string;
	    villageName: string;
	    status: string;
	    statusLabel: string;
	    request: string;
	    reason: string;
	    final: boolean;
	
	    static createFrom(source: any = {}) {
	        return new PetitionRepeat(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.receivedOn = source["receivedOn"];
	        this.category = source["category"];
	        this.petitionerName = source["petitionerName"];
	        this.villageName = source["villageName"];
	        this.status = source["status"];
	        this.statusLabel = source["statusLabel"];
	        this.request = source["request"];
	        this.reason = source["reason"];
	        this.final = source["final"];
	    }
	}
	export class PetitionEvent {
	    id: number;
	    at: string;
	    operatorName: string;
	    action: string;
	    actionLabel: string;
	    from: string;
	    to: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new PetitionEvent(source);
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
	export class PetitionNote {
	    id: number;
	    at: string;
	    operatorName: string;
	    kind: string;
	    method: string;
	    date: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new PetitionNote(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.operatorName = source["operatorName"];
	        this.kind = source["kind"];
	        this.method = source["method"];
	        this.date = source["date"];
	        this.text = source["text"];
	    }
	}
	export class Representative {
	    name: string;
	    phone: string;
	    address: string;
	
	    static createFrom(source: any = {}) {
	        return new Representative(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.address = source["address"];
	    }
	}
	export class Petition {
	    id: number;
	    number: string;
	    form: string;
	    oral: boolean;
	    residentId: number;
	    petitionerName: string;
	    phone: string;
	    address: string;
	    villageId: number;
	    villageName: string;
	    groupVisit: boolean;
	    headCount: number;
	    representatives: Representative[];
	    category: string;
	    facts: string;
	    request: string;
	    reasons: string;
	    receivedById: number;
	    receivedByName: string;
	    receivedOn: string;
	    recordedBy: string;
	    createdAt: string;
	    status: string;
	    statusLabel: string;
	    decisionDue: string;
	    forwardDue: string;
	    decidedOn: string;
	    acceptedOn: string;
	    refusalReason: string;
	    forwardedTo: string;
	    responsibleId: number;
	    responsibleName: string;
	    handlingUnit: string;
	    settleDue: string;
	    extensionDays: number;
	    extensionReason: string;
	    extensionApprover: string;
	    extensionInformed: boolean;
	    replyText: string;
	    repliedOn: string;
	    satisfaction: string;
	    reviewRequestedOn: string;
	    reviewDue: string;
	    reviewResult: string;
	    reviewAnsweredOn: string;
	    rereviewRequestedOn: string;
	    rereviewDue: string;
	    rereviewResult: string;
	    rereviewAnsweredOn: string;
	    final: boolean;
	    closedAt: string;
	    closedBy: string;
	    caseId: number;
	    caseNumber: string;
	    version: number;
	    dueDate: string;
	    dueLabel: string;
	    daysLeft: number;
	    overdue: boolean;
	    reviewBy: string;
	    notes: PetitionNote[];
	    timeline: PetitionEvent[];
	    repeats: PetitionRepeat[];
	    actions: PetitionActionInfo[];
	
	    static createFrom(source: any = {}) {
	        return new Petition(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.form = source["form"];
	        this.oral = source["oral"];
	        this.residentId = source["residentId"];
	        this.petitionerName = source["petitionerName"];
	        this.phone = source["phone"];
	        this.address = source["address"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.groupVisit = source["groupVisit"];
	        this.headCount = source["headCount"];
	        this.representatives = this.convertValues(source["representatives"], Representative);
	        this.category = source["category"];
	        this.facts = source["facts"];
	        this.request = source["request"];
	        this.reasons = source["reasons"];
	        this.receivedById = source["receivedById"];
	        this.receivedByName = source["receivedByName"];
	        this.receivedOn = source["receivedOn"];
	        this.recordedBy = source["recordedBy"];
	        this.createdAt = source["createdAt"];
	        this.status = source["status"];
	        this.statusLabel = source["statusLabel"];
	        this.decisionDue = source["decisionDue"];
	        this.forwardDue = source["forwardDue"];
	        this.decidedOn = source["decidedOn"];
	        this.acceptedOn = source["acceptedOn"];
	        this.refusalReason = source["refusalReason"];
	        this.forwardedTo = source["forwardedTo"];
	        this.responsibleId = source["responsibleId"];
	        this.responsibleName = source["responsibleName"];
	        this.handlingUnit = source["handlingUnit"];
	        this.settleDue = source["settleDue"];
	        this.extensionDays = source["extensionDays"];
	        this.extensionReason = source["extensionReason"];
	        this.extensionApprover = source["extensionApprover"];
	        this.extensionInformed = source["extensionInformed"];
	        this.replyText = source["replyText"];
	        this.repliedOn = source["repliedOn"];
	        this.satisfaction = source["satisfaction"];
	        this.reviewRequestedOn = source["reviewRequestedOn"];
	        this.reviewDue = source["reviewDue"];
	        this.reviewResult = source["reviewResult"];
	        this.reviewAnsweredOn = source["reviewAnsweredOn"];
	        this.rereviewRequestedOn = source["rereviewRequestedOn"];
	        this.rereviewDue = source["rereviewDue"];
	        this.rereviewResult = source["rereviewResult"];
	        this.rereviewAnsweredOn = source["rereviewAnsweredOn"];
	        this.final = source["final"];
	        this.closedAt = source["closedAt"];
	        this.closedBy = source["closedBy"];
	        this.caseId = source["caseId"];
	        this.caseNumber = source["caseNumber"];
	        this.version = source["version"];
	        this.dueDate = source["dueDate"];
	        this.dueLabel = source["dueLabel"];
	        this.daysLeft = source["daysLeft"];
	        this.overdue = source["overdue"];
	        this.reviewBy = source["reviewBy"];
	        this.notes = this.convertValues(source["notes"], PetitionNote);
	        this.timeline = this.convertValues(source["timeline"], PetitionEvent);
	        this.repeats = this.convertValues(source["repeats"], PetitionRepeat);
	        this.actions = this.convertValues(source["actions"], PetitionActionInfo);
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
	
	export class PetitionActionInput {
	    petitionId: number;
	    action: string;
	    note: string;
	    date: string;
	    reason: string;
	    replyText: string;
	    forwardedTo: string;
	    responsibleId: number;
	    handlingUnit: string;
	    days: number;
	    approver: string;
	    informed: boolean;
	    satisfaction: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new PetitionActionInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.petitionId = source["petitionId"];
	        this.action = source["action"];
	        this.note = source["note"];
	        this.date = source["date"];
	        this.reason = source["reason"];
	        this.replyText = source["replyText"];
	        this.forwardedTo = source["forwardedTo"];
	        this.responsibleId = source["responsibleId"];
	        this.handlingUnit = source["handlingUnit"];
	        this.days = source["days"];
	        this.approver = source["approver"];
	        this.informed = source["informed"];
	        this.satisfaction = source["satisfaction"];
	        this.version = source["version"];
	    }
	}
	
	
	
	export class PetitionInput {
	    form: string;
	    oral: boolean;
	    residentId: number;
	    name: string;
	    phone: string;
	    address: string;
	    villageId: number;
	    groupVisit: boolean;
	    headCount: number;
	    representatives: Representative[];
	    category: string;
	    facts: string;
	    request: string;
	    reasons: string;
	    receivedById: number;
	    receivedOn: string;
	
	    static createFrom(source: any = {}) {
	        return new PetitionInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.form = source["form"];
	        this.oral = source["oral"];
	        this.residentId = source["residentId"];
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.address = source["address"];
	        this.villageId = source["villageId"];
	        this.groupVisit = source["groupVisit"];
	        this.headCount = source["headCount"];
	        this.representatives = this.convertValues(source["representatives"], Representative);
	        this.category = source["category"];
	        this.facts = source["facts"];
	        this.request = source["request"];
	        this.reasons = source["reasons"];
	        this.receivedById = source["receivedById"];
	        this.receivedOn = source["receivedOn"];
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
	export class PetitionLink {
	    petitionId: number;
	    number: string;
	
	    static createFrom(source: any = {}) {
	        return new PetitionLink(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.petitionId = source["petitionId"];
	        this.number = source["number"];
	    }
	}
	
	export class PetitionNoteInput {
	    petitionId: number;
	    kind: string;
	    method: string;
	    date: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new PetitionNoteInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.petitionId = source["petitionId"];
	        this.kind = source["kind"];
	        this.method = source["method"];
	        this.date = source["date"];
	        this.text = source["text"];
	    }
	}
	export class PetitionPage {
	    items: Petition[];
	    total: number;
	    page: number;
	    first: string;
	    last: string;
	    myLeaderId: number;
	    myLeaderName: string;
	
	    static createFrom(source: any = {}) {
	        return new PetitionPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Petition);
	        this.total = source["total"];
	        this.page = source["page"];
	        this.first = source["first"];
	        this.last = source["last"];
	        this.myLeaderId = source["myLeaderId"];
	        this.myLeaderName = source["myLeaderName"];
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
	export class PetitionQuery {
	    scope: string;
	    status: string;
	    responsibleId: number;
	    mine: boolean;
	    category: string;
	    villageId: number;
	    overdue: boolean;
	    from: string;
	    to: string;
	    text: string;
	    page: number;
	    pageSize: number;
	    after?: string;
	    before?: string;
	
	    static createFrom(source: any = {}) {
	        return new PetitionQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.scope = source["scope"];
	        this.status = source["status"];
	        this.responsibleId = source["responsibleId"];
	        this.mine = source["mine"];
	        this.category = source["category"];
	        this.villageId = source["villageId"];
	        this.overdue = source["overdue"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.text = source["text"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	        this.after = source["after"];
	        this.before = source["before"];
	    }
	}
	
	
	
	export class QueueBoard {
	    hallName: string;
	    date: string;
	    windows: BoardWindow[];
	    recent: BoardCall[];
	    waiting: BoardGroup[];
	    speech: string;
	
	    static createFrom(source: any = {}) {
	        return new QueueBoard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hallName = source["hallName"];
	        this.date = source["date"];
	        this.windows = this.convertValues(source["windows"], BoardWindow);
	        this.recent = this.convertValues(source["recent"], BoardCall);
	        this.waiting = this.convertValues(source["waiting"], BoardGroup);
	        this.speech = source["speech"];
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
	export class QueueCount {
	    key: string;
	    tickets: number;
	
	    static createFrom(source: any = {}) {
	        return new QueueCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.tickets = source["tickets"];
	    }
	}
	export class RatingTally {
	    key: string;
	    name: string;
	    rated: number;
	    good: number;
	    bad: number;
	    unrated: number;
	    satisfaction: number;
	
	    static createFrom(source: any = {}) {
	        return new RatingTally(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.rated = source["rated"];
	        this.good = source["good"];
	        this.bad = source["bad"];
	        this.unrated = source["unrated"];
	        this.satisfaction = source["satisfaction"];
	    }
	}
	export class TicketRatings {
	    total: RatingTally;
	    byWindow: RatingTally[];
	    byClerk: RatingTally[];
	
	    static createFrom(source: any = {}) {
	        return new TicketRatings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = this.convertValues(source["total"], RatingTally);
	        this.byWindow = this.convertValues(source["byWindow"], RatingTally);
	        this.byClerk = this.convertValues(source["byClerk"], RatingTally);
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
	export class QueueTimes {
	    key: string;
	    name: string;
	    tickets: number;
	    called: number;
	    served: number;
	    noShows: number;
	    avgWait: number;
	    p90Wait: number;
	    avgService: number;
	    p90Service: number;
	
	    static createFrom(source: any = {}) {
	        return new QueueTimes(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.tickets = source["tickets"];
	        this.called = source["called"];
	        this.served = source["served"];
	        this.noShows = source["noShows"];
	        this.avgWait = source["avgWait"];
	        this.p90Wait = source["p90Wait"];
	        this.avgService = source["avgService"];
	        this.p90Service = source["p90Service"];
	    }
	}
	export class QueueFigures {
	    period: Period;
	    total: QueueTimes;
	    byDay: QueueCount[];
	    byHour: QueueCount[];
	    byGroup: QueueTimes[];
	    byWindow: QueueTimes[];
	    waitingNow: number;
	    ratings: TicketRatings;
	
	    static createFrom(source: any = {}) {
	        return new QueueFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = this.convertValues(source["period"], Period);
	        this.total = this.convertValues(source["total"], QueueTimes);
	        this.byDay = this.convertValues(source["byDay"], QueueCount);
	        this.byHour = this.convertValues(source["byHour"], QueueCount);
	        this.byGroup = this.convertValues(source["byGroup"], QueueTimes);
	        this.byWindow = this.convertValues(source["byWindow"], QueueTimes);
	        this.waitingNow = source["waitingNow"];
	        this.ratings = this.convertValues(source["ratings"], TicketRatings);
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
	export class QueueGroup {
	    id: number;
	    prefix: string;
	    name: string;
	    itemIds: number[];
	    itemNames: string[];
	    active: boolean;
	    position: number;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new QueueGroup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.prefix = source["prefix"];
	        this.name = source["name"];
	        this.itemIds = source["itemIds"];
	        this.itemNames = source["itemNames"];
	        this.active = source["active"];
	        this.position = source["position"];
	        this.version = source["version"];
	    }
	}
	export class QueueSettings {
	    speech: string;
	    kioskSeconds: number;
	    ticketPaper: string;
	    noShowMinutes: number;
	
	    static createFrom(source: any = {}) {
	        return new QueueSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.speech = source["speech"];
	        this.kioskSeconds = source["kioskSeconds"];
	        this.ticketPaper = source["ticketPaper"];
	        this.noShowMinutes = source["noShowMinutes"];
	    }
	}
	
	export class QueueWindow {
	    no: number;
	    name: string;
	    groupIds: number[];
	    groupNames: string[];
	    operatorId: number;
	    operatorName: string;
	    paused: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new QueueWindow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.no = source["no"];
	        this.name = source["name"];
	        this.groupIds = source["groupIds"];
	        this.groupNames = source["groupNames"];
	        this.operatorId = source["operatorId"];
	        this.operatorName = source["operatorName"];
	        this.paused = source["paused"];
	        this.version = source["version"];
	    }
	}
	export class RatingReview {
	    id: number;
	    ratingId: number;
	    reason: string;
	    proposedBy: string;
	    proposedAt: string;
	    state: string;
	    stateLabel: string;
	    decisionReason: string;
	    decidedBy: string;
	    decidedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new RatingReview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ratingId = source["ratingId"];
	        this.reason = source["reason"];
	        this.proposedBy = source["proposedBy"];
	        this.proposedAt = source["proposedAt"];
	        this.state = source["state"];
	        this.stateLabel = source["stateLabel"];
	        this.decisionReason = source["decisionReason"];
	        this.decidedBy = source["decidedBy"];
	        this.decidedAt = source["decidedAt"];
	    }
	}
	export class RatingCallback {
	    id: number;
	    ratingId: number;
	    on: string;
	    by: string;
	    done: string;
	    newLevel: number;
	    newLevelLabel: string;
	    resolved: boolean;
	    recordedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new RatingCallback(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ratingId = source["ratingId"];
	        this.on = source["on"];
	        this.by = source["by"];
	        this.done = source["done"];
	        this.newLevel = source["newLevel"];
	        this.newLevelLabel = source["newLevelLabel"];
	        this.resolved = source["resolved"];
	        this.recordedAt = source["recordedAt"];
	    }
	}
	export class Rating {
	    id: number;
	    caseId: number;
	    ticketId: number;
	    window: number;
	    pending: boolean;
	    level: number;
	    levelLabel: string;
	    indicators: IndicatorLevel[];
	    comment: string;
	    channel: string;
	    channelLabel: string;
	    cardNo: string;
	    deviceName: string;
	    clerkId: number;
	    clerkName: string;
	    clerkNo: string;
	    item: string;
	    contentVersion: string;
	    requestedAt: string;
	    at: string;
	    recordedBy: string;
	    rectifyDue: string;
	    rectified: boolean;
	    excluded: boolean;
	    callbacks: RatingCallback[];
	    reviews: RatingReview[];
	
	    static createFrom(source: any = {}) {
	        return new Rating(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.caseId = source["caseId"];
	        this.ticketId = source["ticketId"];
	        this.window = source["window"];
	        this.pending = source["pending"];
	        this.level = source["level"];
	        this.levelLabel = source["levelLabel"];
	        this.indicators = this.convertValues(source["indicators"], IndicatorLevel);
	        this.comment = source["comment"];
	        this.channel = source["channel"];
	        this.channelLabel = source["channelLabel"];
	        this.cardNo = source["cardNo"];
	        this.deviceName = source["deviceName"];
	        this.clerkId = source["clerkId"];
	        this.clerkName = source["clerkName"];
	        this.clerkNo = source["clerkNo"];
	        this.item = source["item"];
	        this.contentVersion = source["contentVersion"];
	        this.requestedAt = source["requestedAt"];
	        this.at = source["at"];
	        this.recordedBy = source["recordedBy"];
	        this.rectifyDue = source["rectifyDue"];
	        this.rectified = source["rectified"];
	        this.excluded = source["excluded"];
	        this.callbacks = this.convertValues(source["callbacks"], RatingCallback);
	        this.reviews = this.convertValues(source["reviews"], RatingReview);
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
	
	export class RatingIndicator {
	    code: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new RatingIndicator(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.name = source["name"];
	    }
	}
	export class RatingContent {
	    version: string;
	    title: string;
	    overall: string;
	    levels: string[];
	    indicators: RatingIndicator[];
	
	    static createFrom(source: any = {}) {
	        return new RatingContent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.title = source["title"];
	        this.overall = source["overall"];
	        this.levels = source["levels"];
	        this.indicators = this.convertValues(source["indicators"], RatingIndicator);
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
	export class RatingEntry {
	    caseId: number;
	    channel: string;
	    level: number;
	    indicators: string[];
	    comment: string;
	    cardNo: string;
	
	    static createFrom(source: any = {}) {
	        return new RatingEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.caseId = source["caseId"];
	        this.channel = source["channel"];
	        this.level = source["level"];
	        this.indicators = source["indicators"];
	        this.comment = source["comment"];
	        this.cardNo = source["cardNo"];
	    }
	}
	
	export class RatingRequest {
	    id: number;
	    hallName: string;
	    clerkId: number;
	    clerkName: string;
	    clerkNo: string;
	    item: string;
	    caseId: number;
	    ticketId: number;
	    window: number;
	    at: string;
	    content: RatingContent;
	
	    static createFrom(source: any = {}) {
	        return new RatingRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.hallName = source["hallName"];
	        this.clerkId = source["clerkId"];
	        this.clerkName = source["clerkName"];
	        this.clerkNo = source["clerkNo"];
	        this.item = source["item"];
	        this.caseId = source["caseId"];
	        this.ticketId = source["ticketId"];
	        this.window = source["window"];
	        this.at = source["at"];
	        this.content = this.convertValues(source["content"], RatingContent);
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
	
	
	export class ReceptionSettings {
	    weekday: number;
	    place: string;
	    hours: string;
	
	    static createFrom(source: any = {}) {
	        return new ReceptionSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.weekday = source["weekday"];
	        this.place = source["place"];
	        this.hours = source["hours"];
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
	    version: number;
	
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
	        this.version = source["version"];
	    }
	}
	export class ResidentPage {
	    items: Resident[];
	    total: number;
	    page: number;
	    first: string;
	    last: string;
	
	    static createFrom(source: any = {}) {
	        return new ResidentPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Resident);
	        this.total = source["total"];
	        this.page = source["page"];
	        this.first = source["first"];
	        this.last = source["last"];
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
	    after?: string;
	    before?: string;
	
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
	        this.after = source["after"];
	        this.before = source["before"];
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
	export class ReviewDecision {
	    reviewId: number;
	    approve: boolean;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new ReviewDecision(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reviewId = source["reviewId"];
	        this.approve = source["approve"];
	        this.reason = source["reason"];
	    }
	}
	export class ReviewProposal {
	    ratingId: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new ReviewProposal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ratingId = source["ratingId"];
	        this.reason = source["reason"];
	    }
	}
	export class RosterEntry {
	    id: number;
	    date: string;
	    plannedDate: string;
	    weekday: string;
	    quarter: string;
	    leaderId: number;
	    leaderName: string;
	    leaderPosition: string;
	    moved: boolean;
	    cancelled: boolean;
	    verified: boolean;
	    changed: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new RosterEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.date = source["date"];
	        this.plannedDate = source["plannedDate"];
	        this.weekday = source["weekday"];
	        this.quarter = source["quarter"];
	        this.leaderId = source["leaderId"];
	        this.leaderName = source["leaderName"];
	        this.leaderPosition = source["leaderPosition"];
	        this.moved = source["moved"];
	        this.cancelled = source["cancelled"];
	        this.verified = source["verified"];
	        this.changed = source["changed"];
	        this.note = source["note"];
	    }
	}
	export class Scorecards {
	    period: Period;
	    today: string;
	    cadres: CadreScore[];
	    clerks: ClerkScore[];
	
	    static createFrom(source: any = {}) {
	        return new Scorecards(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = this.convertValues(source["period"], Period);
	        this.today = source["today"];
	        this.cadres = this.convertValues(source["cadres"], CadreScore);
	        this.clerks = this.convertValues(source["clerks"], ClerkScore);
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
	    role: string;
	    builtin: boolean;
	    version: number;
	
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
	        this.role = source["role"];
	        this.builtin = source["builtin"];
	        this.version = source["version"];
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
	export class Ticket {
	    id: number;
	    day: string;
	    groupId: number;
	    groupName: string;
	    number: string;
	    priority: string;
	    priorityLabel: string;
	    status: string;
	    statusLabel: string;
	    windowNo: number;
	    forWindow: number;
	    transferredAt: string;
	    residentId: number;
	    residentName: string;
	    idNumber: string;
	    takenAt: string;
	    takenBy: string;
	    calledAt: string;
	    servedAt: string;
	    doneAt: string;
	    caseId: number;
	    queryCode: string;
	    calls: number;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Ticket(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.day = source["day"];
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	        this.number = source["number"];
	        this.priority = source["priority"];
	        this.priorityLabel = source["priorityLabel"];
	        this.status = source["status"];
	        this.statusLabel = source["statusLabel"];
	        this.windowNo = source["windowNo"];
	        this.forWindow = source["forWindow"];
	        this.transferredAt = source["transferredAt"];
	        this.residentId = source["residentId"];
	        this.residentName = source["residentName"];
	        this.idNumber = source["idNumber"];
	        this.takenAt = source["takenAt"];
	        this.takenBy = source["takenBy"];
	        this.calledAt = source["calledAt"];
	        this.servedAt = source["servedAt"];
	        this.doneAt = source["doneAt"];
	        this.caseId = source["caseId"];
	        this.queryCode = source["queryCode"];
	        this.calls = source["calls"];
	        this.version = source["version"];
	    }
	}
	export class TicketMove {
	    ticketId: number;
	    toWindow: number;
	    toGroupId: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketMove(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticketId = source["ticketId"];
	        this.toWindow = source["toWindow"];
	        this.toGroupId = source["toGroupId"];
	    }
	}
	export class TicketRating {
	    rating: Rating;
	    ticketNo: string;
	    ticketDay: string;
	    windowName: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketRating(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rating = this.convertValues(source["rating"], Rating);
	        this.ticketNo = source["ticketNo"];
	        this.ticketDay = source["ticketDay"];
	        this.windowName = source["windowName"];
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
	
	export class TicketRequest {
	    groupId: number;
	    idNumber: string;
	    priority: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.idNumber = source["idNumber"];
	        this.priority = source["priority"];
	    }
	}
	
	export class TransferInput {
	    fromCadreId: number;
	    toCadreId: number;
	    on: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new TransferInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fromCadreId = source["fromCadreId"];
	        this.toCadreId = source["toCadreId"];
	        this.on = source["on"];
	        this.note = source["note"];
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
	    extensionDays: number;
	    version: number;
	
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
	        this.extensionDays = source["extensionDays"];
	        this.version = source["version"];
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
	export class UnassignInput {
	    householdIds: number[];
	    on: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new UnassignInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.householdIds = source["householdIds"];
	        this.on = source["on"];
	        this.note = source["note"];
	    }
	}
	export class VerifyResult {
	    verdict: string;
	    label: string;
	    message: string;
	    number: string;
	    document?: DocumentRecord;
	    sha256: string;
	
	    static createFrom(source: any = {}) {
	        return new VerifyResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.verdict = source["verdict"];
	        this.label = source["label"];
	        this.message = source["message"];
	        this.number = source["number"];
	        this.document = this.convertValues(source["document"], DocumentRecord);
	        this.sha256 = source["sha256"];
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
	    version: number;
	
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
	        this.version = source["version"];
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
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new VillageInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.active = source["active"];
	        this.version = source["version"];
	    }
	}
	
	
	
	export class VisitIssueInput {
	    kind: string;
	    text: string;
	    itemId: number;
	    ledger: string;
	    applicantId: number;
	    materialsReceived: boolean;
	
	    static createFrom(source: any = {}) {
	        return new VisitIssueInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.itemId = source["itemId"];
	        this.ledger = source["ledger"];
	        this.applicantId = source["applicantId"];
	        this.materialsReceived = source["materialsReceived"];
	    }
	}
	export class VisitInput {
	    cadreId: number;
	    householdId: number;
	    date: string;
	    way: string;
	    purpose: string;
	    diary: string;
	    issues: VisitIssueInput[];
	
	    static createFrom(source: any = {}) {
	        return new VisitInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.householdId = source["householdId"];
	        this.date = source["date"];
	        this.way = source["way"];
	        this.purpose = source["purpose"];
	        this.diary = source["diary"];
	        this.issues = this.convertValues(source["issues"], VisitIssueInput);
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
	
	
	export class VisitPage {
	    items: Visit[];
	    total: number;
	    page: number;
	
	    static createFrom(source: any = {}) {
	        return new VisitPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Visit);
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
	export class VisitQuery {
	    cadreId: number;
	    householdId: number;
	    villageId: number;
	    from: string;
	    to: string;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new VisitQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.householdId = source["householdId"];
	        this.villageId = source["villageId"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class VisitSettings {
	    residentDays: number;
	    outDays: number;
	    needyDays: number;
	    specialDays: number;
	    coverageLimit: number;
	    pairLimit: number;
	    leaderTarget: number;
	    thanksgivingDay: number;
	
	    static createFrom(source: any = {}) {
	        return new VisitSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.residentDays = source["residentDays"];
	        this.outDays = source["outDays"];
	        this.needyDays = source["needyDays"];
	        this.specialDays = source["specialDays"];
	        this.coverageLimit = source["coverageLimit"];
	        this.pairLimit = source["pairLimit"];
	        this.leaderTarget = source["leaderTarget"];
	        this.thanksgivingDay = source["thanksgivingDay"];
	    }
	}
	export class WeeklyReview {
	    cadreId: number;
	    cadreName: string;
	    weekStart: string;
	    weekEnd: string;
	    households: number;
	    visitsThisWeek: number;
	    due: DueVisit[];
	    openCases: Case[];
	    feedbackOwed: IssueRow[];
	
	    static createFrom(source: any = {}) {
	        return new WeeklyReview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cadreId = source["cadreId"];
	        this.cadreName = source["cadreName"];
	        this.weekStart = source["weekStart"];
	        this.weekEnd = source["weekEnd"];
	        this.households = source["households"];
	        this.visitsThisWeek = source["visitsThisWeek"];
	        this.due = this.convertValues(source["due"], DueVisit);
	        this.openCases = this.convertValues(source["openCases"], Case);
	        this.feedbackOwed = this.convertValues(source["feedbackOwed"], IssueRow);
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
	export class WorkTeam {
	    id: number;
	    name: string;
	    kind: string;
	    leaderCadreId: number;
	    leaderName: string;
	    villageId: number;
	    villageName: string;
	    memberCount: number;
	    active: boolean;
	
	    static createFrom(source: any = {}) {
	        return new WorkTeam(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.leaderCadreId = source["leaderCadreId"];
	        this.leaderName = source["leaderName"];
	        this.villageId = source["villageId"];
	        this.villageName = source["villageName"];
	        this.memberCount = source["memberCount"];
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

export namespace replica {
	
	export class Status {
	    running: boolean;
	    lastReplicated: string;
	    pendingSince: string;
	    lagSeconds: number;
	    size: number;
	    lastError: string;
	    lastErrorAt: string;
	    localTxid: number;
	    remoteTxid: number;
	
	    static createFrom(source: any = {}) {
	        return new Status(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.running = source["running"];
	        this.lastReplicated = source["lastReplicated"];
	        this.pendingSince = source["pendingSince"];
	        this.lagSeconds = source["lagSeconds"];
	        this.size = source["size"];
	        this.lastError = source["lastError"];
	        this.lastErrorAt = source["lastErrorAt"];
	        this.localTxid = source["localTxid"];
	        this.remoteTxid = source["remoteTxid"];
	    }
	}
	export class Target {
	    kind: string;
	    path: string;
	    host: string;
	    port: number;
	    user: string;
	    password: string;
	    keyPem: string;
	    hostKey: string;
	    endpoint: string;
	    bucket: string;
	    region: string;
	    accessKeyId: string;
	    secretAccessKey: string;
	    url: string;
	
	    static createFrom(source: any = {}) {
	        return new Target(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.path = source["path"];
	        this.host = source["host"];
	        this.port = source["port"];
	        this.user = source["user"];
	        this.password = source["password"];
	        this.keyPem = source["keyPem"];
	        this.hostKey = source["hostKey"];
	        this.endpoint = source["endpoint"];
	        this.bucket = source["bucket"];
	        this.region = source["region"];
	        this.accessKeyId = source["accessKeyId"];
	        this.secretAccessKey = source["secretAccessKey"];
	        this.url = source["url"];
	    }
	}

}

export namespace sqlite {
	
	export class BackupAccount {
	    username: string;
	    name: string;
	    role: string;
	    roleLabel: string;
	    active: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BackupAccount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.username = source["username"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.roleLabel = source["roleLabel"];
	        this.active = source["active"];
	    }
	}
	export class SchemaObject {
	    kind: string;
	    name: string;
	    table: string;
	    changed: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SchemaObject(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.table = source["table"];
	        this.changed = source["changed"];
	    }
	}

}

export namespace workday {
	
	export class StatutoryDay {
	    date: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new StatutoryDay(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.name = source["name"];
	    }
	}
	export class Prediction {
	    year: number;
	    days: StatutoryDay[];
	    holidays: string[];
	
	    static createFrom(source: any = {}) {
	        return new Prediction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.days = this.convertValues(source["days"], StatutoryDay);
	        this.holidays = source["holidays"];
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

