package sqlite

import (
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/idcard"
)

// Surnames with their approximate share of the population in thousandths (2020 census order),
// so that a common surname like 王 matches several percent of a county, as it does.
var surnames = []struct {
	name   string
	weight int
}{
	{"王", 71}, {"李", 70}, {"张", 67}, {"刘", 54}, {"陈", 45}, {"杨", 31}, {"黄", 22}, {"赵", 22},
	{"吴", 20}, {"周", 19}, {"徐", 16}, {"孙", 15}, {"马", 15}, {"朱", 14}, {"胡", 13}, {"郭", 12},
	{"何", 12}, {"林", 11}, {"高", 11}, {"罗", 10}, {"郑", 9}, {"梁", 9}, {"谢", 8}, {"宋", 7},
	{"唐", 7}, {"许", 7}, {"韩", 7}, {"冯", 6}, {"邓", 6}, {"曹", 6}, {"彭", 6}, {"曾", 6},
	{"田", 5}, {"董", 5}, {"袁", 5}, {"潘", 5}, {"于", 5}, {"蒋", 5}, {"蔡", 5}, {"余", 5},
	{"杜", 4}, {"叶", 4}, {"程", 4}, {"苏", 4}, {"魏", 4}, {"吕", 4}, {"丁", 4}, {"任", 4},
	{"白", 3}, {"包", 3}, {"乌", 2}, {"欧阳", 1}, {"司马", 1},
}

// Characters of given names, most common first (drawn with a Zipf-like bias).
const givenChars = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国文辉鹏飞海燕宇晨浩" +
	"子涵欣怡雨轩博俊峰亮志斌波宁凤琴云莲珍春林荣德福生玲婷雪慧佳颖龙凯旭阳瑞东永胜成金山" +
	"海兵新民义光辰晓伦斯琴格日勒图雅其木巴特尔苏和"

// Mongolian names as written in Chinese characters, common in a banner's registry; some use the
// middle dot between parts.
var mongolNames = []string{"巴特尔", "乌力吉", "其其格", "额尔敦", "苏日娜", "斯琴高娃", "那仁格日勒",
	"阿拉坦仓", "图雅", "娜仁花", "宝音", "朝鲁", "乌兰", "巴图·孟和", "额尔德木图", "萨仁·其木格"}

// personGen makes residents with realistic names, valid and unique ID numbers and phones.
type personGen struct {
	rnd     *rand.Rand
	total   int
	given   []rune
	idsSeen map[string]bool
}

func newPersonGen(seed int64) *personGen {
	g := &personGen{rnd: rand.New(rand.NewSource(seed)), given: []rune(givenChars), idsSeen: map[string]bool{}}
	for _, s := range surnames {
		g.total += s.weight
	}
	return g
}

func (g *personGen) givenChar() string {
	// The square of a uniform number favours the front of the list.
	f := g.rnd.Float64()
	return string(g.given[int(f*f*float64(len(g.given)))])
}

func (g *personGen) name() string {
	if g.rnd.Intn(10) == 0 {
		return mongolNames[g.rnd.Intn(len(mongolNames))]
	}
	n := g.rnd.Intn(g.total)
	name := ""
	for _, s := range surnames {
		if n < s.weight {
			name = s.name
			break
		}
		n -= s.weight
	}
	name += g.givenChar()
	if g.rnd.Intn(100) >= 15 { // most given names have two characters
		name += g.givenChar()
	}
	return name
}

func (g *personGen) idNumber() string {
	for {
		birth := time.Date(1930, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.rnd.Intn(95*365))
		first17 := fmt.Sprintf("1506%02d%s%03d", 21+g.rnd.Intn(8), birth.Format("20060102"), g.rnd.Intn(1000))
		id := first17 + string(idcard.CheckChar(first17))
		if !g.idsSeen[id] {
			g.idsSeen[id] = true
			return id
		}
	}
}

func (g *personGen) phone() string {
	switch g.rnd.Intn(10) {
	case 0, 1:
		return "" // older people often give none
	case 2:
		return fmt.Sprintf("0477-%07d", g.rnd.Intn(10000000))
	}
	return fmt.Sprintf("1%c%09d", "3589"[g.rnd.Intn(4)], g.rnd.Intn(1000000000))
}

// fillResidents writes n generated residents spread over villages in one transaction with
// prepared statements and returns the village ids. The triggers maintain the index as they go
// unless paused, as a bulk load does; then the index must be rebuilt.
func fillResidents(tb testing.TB, s *Store, g *personGen, n, villages int, paused bool) []int64 {
	tb.Helper()
	ids := make([]int64, villages)
	now := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if paused {
			if err := pauseResidentSearch(ctx, tx); err != nil {
				return err
			}
		}
		var before int
		if err := tx.QueryRow(`SELECT COUNT(*) FROM villages`).Scan(&before); err != nil {
			return err
		}
		for i := range ids {
			res, err := tx.Exec(`INSERT INTO villages(name,kind,active,sort) VALUES (?,?,1,?)`, fmt.Sprintf("第%d嘎查", before+i+1), "嘎查", i)
			if err != nil {
				return err
			}
			ids[i], _ = res.LastInsertId()
		}
		ins, err := tx.Prepare(`INSERT INTO residents(name,id_number,id_reversed,birth_date,sex,phone,village_id,created_at,updated_at)
			VALUES (?,?,?,?,?,?,?,?,?)`)
		if err != nil {
			return err
		}
		defer ins.Close()
		for i := 0; i < n; i++ {
			id := ""
			if g.rnd.Intn(50) > 0 { // a few, such as newborns, have no number yet
				id = g.idNumber()
			}
			if _, err := ins.Exec(g.name(), nullText(id), nullText(reverse(id)), "1980-01-01", "男", g.phone(),
				ids[g.rnd.Intn(len(ids))], now, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return ids
}

// checkSearchIndex compares the index with what the view says it should hold.
func checkSearchIndex(t *testing.T, s *Store) {
	t.Helper()
	n, err := residentSearchDrift(ctx, s.db)
	must(t, err)
	if n != 0 {
		t.Fatalf("search index out of step with the residents: %d terms differ", n)
	}
}

// searchQueries draws queries of every kind a clerk types from the residents in the database.
func searchQueries(t testing.TB, s *Store, rnd *rand.Rand, perKind int) map[string][]string {
	rows, err := s.db.Query(`SELECT name, COALESCE(id_number,''), phone FROM residents ORDER BY random() LIMIT ?`, perKind*4)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var name, id, phone string
		if err := rows.Scan(&name, &id, &phone); err != nil {
			t.Fatal(err)
		}
		r := []rune(name)
		if len(out["name1"]) < perKind {
			out["name1"] = append(out["name1"], string(r[rnd.Intn(len(r))]))
		}
		if len(r) >= 2 && len(out["name2"]) < perKind {
			i := rnd.Intn(len(r) - 1)
			out["name2"] = append(out["name2"], string(r[i:i+2]))
		}
		if len(r) >= 3 && len(out["name3"]) < perKind {
			i := rnd.Intn(len(r) - 2)
			out["name3"] = append(out["name3"], string(r[i:i+3]))
		}
		if id != "" && len(out["idTail"]) < perKind {
			out["idTail"] = append(out["idTail"], id[18-4-rnd.Intn(5):])
		}
		if len(phone) >= 8 && len(out["phoneTail"]) < perKind {
			out["phoneTail"] = append(out["phoneTail"], phone[len(phone)-4-rnd.Intn(4):])
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sameSearch runs q with the index and with the plain scan and fails unless both give the same
// total and the same residents in the same order.
func sameSearch(t *testing.T, s *Store, q hall.ResidentQuery) int {
	t.Helper()
	fast, err := s.searchResidents(ctx, q, true)
	must(t, err)
	slow, err := s.searchResidents(ctx, q, false)
	must(t, err)
	ids := func(p hall.ResidentPage) string {
		var b strings.Builder
		for _, r := range p.Items {
			fmt.Fprintf(&b, "%d,", r.ID)
		}
		return b.String()
	}
	if fast.Total != slow.Total || ids(fast) != ids(slow) {
		t.Fatalf("query %+v: index gives %d [%s], scan gives %d [%s]", q, fast.Total, ids(fast), slow.Total, ids(slow))
	}
	return fast.Total
}

func TestSearchIndexAgreesWithScan(t *testing.T) {
	s, _, _ := newStore(t)
	g := newPersonGen(9)
	villages := fillResidents(t, s, g, 4000, 12, false)
	checkSearchIndex(t, s)
	// A few through the store's own write paths too, with ASCII and LIKE wildcards in names.
	for _, in := range []hall.ResidentInput{
		{Name: "Anna王", IDNumber: g.idNumber(), VillageID: villages[0], Phone: "13900001111"},
		{Name: "王_丽", IDNumber: g.idNumber(), VillageID: villages[1]},
		{Name: "王%丽", IDNumber: g.idNumber(), VillageID: villages[1], Phone: "0477-5551111"},
		{Name: "巴图·孟和", NoIDNumber: true, BirthDate: hall.MustDate("2023-01-02"), Sex: "男", VillageID: villages[2]},
	} {
		addResident(t, s, in)
	}

	rnd := rand.New(rand.NewSource(4))
	queries := searchQueries(t, s, rnd, 60)
	queries["mixed"] = []string{"王1", "12", "123", "1", "X", "x", "ANNA", "anna王", "nA", "_", "%", "王_", "王%丽",
		"·", "图·孟", "巴图·孟和", "1111", "01111", "5551111", "0477", "-555", "王王", "伟伟伟", "伟 ", " 王 伟", "鑫", "𠀀",
		"欧阳", "司马伟", "002X", "002x", "0000", "9999"}
	matched := 0
	kinds := []string{}
	for k := range queries {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			for _, text := range queries[kind] {
				for _, q := range []hall.ResidentQuery{
					{Text: text},
					{Text: text, Page: 2, PageSize: 10},
					{Text: text, VillageID: villages[rnd.Intn(len(villages))]},
					{Text: strings.ToLower(text), PageSize: 100},
				} {
					if sameSearch(t, s, q) > 0 {
						matched++
					}
				}
			}
		})
	}
	if matched < 600 {
		t.Fatalf("only %d of the queries found anyone; the comparison proves little", matched)
	}
}

func TestSearchIndexFollowsEveryWrite(t *testing.T) {
	r := newRegistry(t)
	s := r.s
	checkSearchIndex(t, s)
	find := func(text string) []string {
		t.Helper()
		p, err := s.SearchResidents(ctx, hall.ResidentQuery{Text: text})
		must(t, err)
		sameSearch(t, s, hall.ResidentQuery{Text: text})
		return names(p.Items)
	}

	// Renamed, new number and phone: found by the new values only.
	zw, err := s.Resident(ctx, r.ids["张伟"])
	must(t, err)
	newID := makeID("150621", "19700101", "088")
	must(t, s.UpdateResident(ctx, admin, cleanResident(t, hall.ResidentInput{ID: zw.ID, Version: versionOf(t, s, "residents", zw.ID), Name: "张卫",
		IDNumber: newID, Phone: "13600009999", VillageID: zw.VillageID})))
	checkSearchIndex(t, s)
	for text, want := range map[string]string{"张卫": "[张卫]", "卫": "[张卫]", "张伟": "[张伟明]",
		"9999": "[张卫]", "5678": "[]", newID[14:]: "[张卫]", "002X": "[]"} {
		if got := fmt.Sprint(find(text)); got != want {
			t.Fatalf("after the update %q finds %s, want %s", text, got, want)
		}
	}

	// A refused update (the number belongs to someone else) leaves the index as it was.
	zwm, err := s.Resident(ctx, r.ids["张伟明"])
	must(t, err)
	err = s.UpdateResident(ctx, admin, cleanResident(t, hall.ResidentInput{ID: zwm.ID, Version: versionOf(t, s, "residents", zwm.ID), Name: "张伟明改",
		IDNumber: newID, VillageID: zwm.VillageID}))
	wantCode(t, err, hall.CodeConflict)
	checkSearchIndex(t, s)
	if got := fmt.Sprint(find("明改")); got != "[]" {
		t.Fatalf("refused update is searchable: %s", got)
	}

	// An Excel import goes through its own INSERT.
	_, err = s.ImportResidents(ctx, admin, []hall.ImportLine{{Row: 2, Input: cleanResident(t, hall.ResidentInput{
		Name: "乌力吉", IDNumber: makeID("150622", "19820202", "011"), Phone: "15147770123", VillageID: r.east})}}, 0)
	must(t, err)
	checkSearchIndex(t, s)
	if got := fmt.Sprint(find("力吉"), find("0123")); got != "[乌力吉] [乌力吉]" {
		t.Fatalf("imported resident: %s", got)
	}

	// A row removed outside the store (a repair in the sqlite3 shell) leaves the index too.
	_, err = s.db.Exec(`DELETE FROM resident_tags WHERE resident_id=?`, r.ids["李伟"])
	must(t, err)
	_, err = s.db.Exec(`DELETE FROM residents WHERE id=?`, r.ids["李伟"])
	must(t, err)
	checkSearchIndex(t, s)
	if got := fmt.Sprint(find("李")); got != "[]" {
		t.Fatalf("deleted resident still found: %s", got)
	}

	// A rebuild gives the same index.
	must(t, s.RebuildResidentSearch(ctx))
	checkSearchIndex(t, s)
	if got := fmt.Sprint(find("伟")); got != "[张伟明]" {
		t.Fatalf("after rebuild: %s", got)
	}
}

func TestPausedSearchIndexIsRebuilt(t *testing.T) {
	s, c, path := newStore(t)
	g := newPersonGen(3)
	fillResidents(t, s, g, 300, 3, false)
	fillResidents(t, s, g, 700, 3, true)
	found := func(s *Store) int {
		p, err := s.SearchResidents(ctx, hall.ResidentQuery{Text: "王"})
		must(t, err)
		return p.Total
	}
	before := found(s)
	// While paused the index misses the new rows: this is what the rebuild is for.
	p, err := s.searchResidents(ctx, hall.ResidentQuery{Text: "王"}, false)
	must(t, err)
	if before >= p.Total {
		t.Fatalf("paused index found %d of %d; the pause did nothing", before, p.Total)
	}
	// A load that died before its rebuild is finished by the next Open.
	s.Close()
	s = openAt(t, path, c)
	checkSearchIndex(t, s)
	if got := found(s); got != p.Total {
		t.Fatalf("after reopening %d found, want %d", got, p.Total)
	}
	var n int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM settings WHERE key='resident_search_paused'`).Scan(&n))
	if n != 0 {
		t.Fatal("pause still set after the rebuild")
	}
	// Maintained row by row again.
	addResident(t, s, hall.ResidentInput{Name: "王新来", NoIDNumber: true, BirthDate: hall.MustDate("2024-01-01"), Sex: "女", VillageID: 1})
	checkSearchIndex(t, s)
}

func TestSearchIndexAfterUpgrade(t *testing.T) {
	s := openAt(t, copyFixture(t), &clock{t: start})
	checkSearchIndex(t, s)
	rows, err := s.db.Query(`SELECT name FROM residents`)
	must(t, err)
	var queries []string
	for rows.Next() {
		var name string
		must(t, rows.Scan(&name))
		r := []rune(name)
		queries = append(queries, string(r[:1]), string(r[len(r)-2:]), name)
	}
	must(t, rows.Err())
	rows.Close()
	if len(queries) < 30 {
		t.Fatalf("fixture has only %d residents", len(queries)/3)
	}
	for _, text := range queries {
		if sameSearch(t, s, hall.ResidentQuery{Text: text}) == 0 {
			t.Fatalf("%q finds no one in the upgraded registry", text)
		}
	}
}

func TestResidentTerms(t *testing.T) {
	for _, tc := range []struct {
		text, want   string
		anyOf, exact bool
	}{
		{"", "[]", false, false},
		{"  ", "[]", false, false},
		{"11010519491231002X", "[]", false, false},
		{"150626650312123", "[]", false, false},
		{"王", "[n王]", false, true},
		{"a", "[nA]", false, true},
		{"王伟", "[n王伟]", false, true},
		{"伟伟伟", "[n伟伟]", false, false},
		{"司马伟", "[n司马 n马伟]", false, false},
		{"002x", "[iX200 p002X]", true, true},
		{"13812345678", "[i8765 p5678]", true, false},
		{"123", "[n12 n23]", false, false},
	} {
		q := residentTerms(tc.text)
		if got := fmt.Sprint(q.terms); got != tc.want || q.anyOf != tc.anyOf || q.exact != tc.exact {
			t.Errorf("residentTerms(%q) = %s, %v, %v; want %s, %v, %v", tc.text, got, q.anyOf, q.exact, tc.want, tc.anyOf, tc.exact)
		}
	}
}

// BenchmarkSearch compares the resident search index with the plain LIKE scan on the same
// generated registry (200,000 residents over 150 villages unless HALLDESK_SEARCH_RESIDENTS
// says otherwise), query kind by query kind: median and p95 per search as metrics, then a
// table of the medians and their ratio. Run:
//
//	go test -run '^$' -bench BenchmarkSearch -benchtime 50x ./backend/sqlite/
func BenchmarkSearch(b *testing.B) {
	n := 200000
	if v := os.Getenv("HALLDESK_SEARCH_RESIDENTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatal(err)
		}
	}
	s, err := Open(filepath.Join(b.TempDir(), "halldesk.db"), time.Now)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	began := time.Now()
	fillResidents(b, s, newPersonGen(1), n, 150, true)
	filled := time.Since(began)
	began = time.Now()
	if err := s.RebuildResidentSearch(ctx); err != nil {
		b.Fatal(err)
	}
	fmt.Printf("%d residents written in %v (index paused, as a bulk load does), index built in %v\n",
		n, filled.Round(time.Millisecond), time.Since(began).Round(time.Millisecond))

	queries := searchQueries(b, s, rand.New(rand.NewSource(2)), 50)
	kinds := []string{"name1", "name2", "name3", "idTail", "phoneTail"}
	medians := map[string]time.Duration{}
	for _, kind := range kinds {
		for _, method := range []string{"index", "like"} {
			b.Run(kind+"/"+method, func(b *testing.B) {
				took := make([]time.Duration, 0, b.N)
				for i := 0; i < b.N; i++ {
					q := hall.ResidentQuery{Text: queries[kind][i%len(queries[kind])]}
					t0 := time.Now()
					if _, err := s.searchResidents(ctx, q, method == "index"); err != nil {
						b.Fatal(err)
					}
					took = append(took, time.Since(t0))
				}
				sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
				p50, p95 := took[len(took)/2], took[(len(took)*95)/100]
				b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
				medians[kind+"/"+method] = p50
			})
		}
	}
	var t strings.Builder
	fmt.Fprintf(&t, "%-10s %12s %12s %8s\n", "query", "index p50", "LIKE p50", "ratio")
	for _, kind := range kinds {
		ix, like := medians[kind+"/index"], medians[kind+"/like"]
		if ix > 0 {
			fmt.Fprintf(&t, "%-10s %12v %12v %7.0fx\n", kind, ix.Round(time.Microsecond), like.Round(time.Microsecond),
				float64(like)/float64(ix))
		}
	}
	// Printed, not logged: a parent benchmark's log is not shown when its sub-benchmarks pass.
	fmt.Print(t.String())
}
