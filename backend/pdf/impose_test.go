package pdf

import (
	"fmt"
	"sort"
	"testing"
)

// where is a page's place on the sheets: sheet (from 1), back side, position (row by row as
// the side is seen upright) and whether it is turned 180°.
type where struct {
	sheet int
	back  bool
	pos   int
	rot   bool
}

func placements(sides []SheetSide) map[int]where {
	out := map[int]where{}
	for _, s := range sides {
		for pos, sl := range s.Slots {
			if sl.Page != 0 {
				out[sl.Page] = where{s.Sheet, s.Back, pos, sl.Rotated}
			}
		}
	}
	return out
}

// TestImposeOrder16 is the 16-page A6 booklet worked out by hand. Two sheets; on each the
// bottom row is the outer bifolium (cover side: page 1 bottom right, the last page bottom left)
// and the top row, turned 180°, the inner one. Positions: 0 top left, 1 top right, 2 bottom
// left, 3 bottom right, each as its side is seen upright.
//
//	sheet 1 front  13↓  4↓    back   3↓ 14↓
//	               16   1            2  15
//	sheet 2 front   9↓  8↓    back   7↓ 10↓
//	               12   5            6  11
func TestImposeOrder16(t *testing.T) {
	const F, B = false, true
	want := map[int]where{
		1: {1, F, 3, false}, 2: {1, B, 2, false}, 3: {1, B, 0, true}, 4: {1, F, 1, true},
		5: {2, F, 3, false}, 6: {2, B, 2, false}, 7: {2, B, 0, true}, 8: {2, F, 1, true},
		9: {2, F, 0, true}, 10: {2, B, 1, true}, 11: {2, B, 3, false}, 12: {2, F, 2, false},
		13: {1, F, 0, true}, 14: {1, B, 1, true}, 15: {1, B, 3, false}, 16: {1, F, 2, false},
	}
	sides := ImposeOrder(16, 4)
	if len(sides) != 4 {
		t.Fatalf("%d sides, want 4", len(sides))
	}
	for i, s := range sides {
		if s.Sheet != i/2+1 || s.Back != (i%2 == 1) || len(s.Slots) != 4 {
			t.Fatalf("side %d is sheet %d back %v with %d slots", i, s.Sheet, s.Back, len(s.Slots))
		}
	}
	got := placements(sides)
	for p := 1; p <= 16; p++ {
		if got[p] != want[p] {
			t.Errorf("page %d: got %+v, want %+v", p, got[p], want[p])
		}
	}
}

// TestImposeOrderA5 is the 8-page A5 booklet by hand: sheet 1 front [8 1] back [2 7], sheet 2
// front [6 3] back [4 5].
func TestImposeOrderA5(t *testing.T) {
	want := [][]int{{8, 1}, {2, 7}, {6, 3}, {4, 5}}
	sides := ImposeOrder(8, 2)
	if len(sides) != len(want) {
		t.Fatalf("%d sides", len(sides))
	}
	for i, s := range sides {
		for j, sl := range s.Slots {
			if sl.Page != want[i][j] || sl.Rotated {
				t.Errorf("side %d slot %d: %+v, want page %d upright", i, j, sl, want[i][j])
			}
		}
	}
}

func TestImposeOrderPadsAndRejects(t *testing.T) {
	sides := ImposeOrder(13, 4)
	if len(sides) != 4 {
		t.Fatalf("13 pages: %d sides, want 4 (two sheets)", len(sides))
	}
	got := placements(sides)
	if len(got) != 13 {
		t.Errorf("13 pages placed as %d", len(got))
	}
	blanks := 0
	for _, s := range sides {
		for _, sl := range s.Slots {
			if sl.Page == 0 {
				blanks++
			}
		}
	}
	if blanks != 3 {
		t.Errorf("%d blanks, want 3", blanks)
	}
	// The blanks are where pages 14–16 of a 16-page booklet go.
	full := placements(ImposeOrder(16, 4))
	for p := 1; p <= 13; p++ {
		if got[p] != full[p] {
			t.Errorf("page %d placed differently when padded", p)
		}
	}
	for _, c := range [][2]int{{0, 4}, {-1, 2}, {8, 3}, {8, 8}} {
		if s := ImposeOrder(c[0], c[1]); s != nil {
			t.Errorf("ImposeOrder(%d, %d) = %v, want nil", c[0], c[1], s)
		}
	}
}

// The folding simulation. A page face is tracked in world coordinates (x right, y up, z
// towards whoever looks at the printed front of sheet 1): which way it faces (normal ±1), and
// where its content's top and right point. A fold turns part of the paper 180° about a line;
// the part goes behind everything (a mountain fold seen from the front), in reverse order.

type simFace struct {
	page      int
	normal    int
	up, right [2]int
}

type simLeaf struct {
	cx, cy float64
	z      float64
	faces  [2]simFace
}

// foldBack folds the leaves for which beyond is true behind the stack about the line
// x = at (vertical) or y = at (horizontal).
func foldBack(leaves []*simLeaf, vertical bool, at float64) {
	zmin := leaves[0].z
	for _, l := range leaves {
		zmin = min(zmin, l.z)
	}
	for _, l := range leaves {
		if vertical && l.cx > at || !vertical && l.cy > at {
			if vertical {
				l.cx = 2*at - l.cx
			} else {
				l.cy = 2*at - l.cy
			}
			l.z = 2*zmin - 1 - l.z
			for i := range l.faces {
				f := &l.faces[i]
				f.normal = -f.normal
				if vertical {
					f.up[0], f.right[0] = -f.up[0], -f.right[0]
				} else {
					f.up[1], f.right[1] = -f.up[1], -f.right[1]
				}
			}
		}
	}
}

// foldBooklet prints the sides on sheets (back flipped about the vertical axis, as duplex
// printing does when flipping on the long edge of a portrait sheet or the short edge of a
// landscape one), folds each sheet across with the top half going behind (4-up), stacks the
// sheets with sheet 1 in front, folds the stack down the spine with the right half going
// behind, and reads the pages from the booklet's front cover: for each leaf from the outermost
// on the cover side, its recto, then its verso. It fails if the leaves do not lie on top of
// each other or a page is turned or mirrored.
func foldBooklet(t *testing.T, sides []SheetSide, perSide int) []int {
	t.Helper()
	cols, rows := 2, perSide/2
	cw, ch := 105.0, 148.5
	if perSide == 2 {
		cw, ch = 148.5, 210
	}
	var all []*simLeaf
	for i := 0; i < len(sides); i += 2 {
		front, back := sides[i], sides[i+1]
		leaves := make([]*simLeaf, perSide)
		for pos := range leaves {
			c, r := pos%cols, pos/cols
			leaves[pos] = &simLeaf{cx: (float64(c) + 0.5) * cw, cy: (float64(rows-r) - 0.5) * ch}
		}
		for pos, sl := range front.Slots {
			f := simFace{page: sl.Page, normal: 1, up: [2]int{0, 1}, right: [2]int{1, 0}}
			if sl.Rotated {
				f.up, f.right = [2]int{0, -1}, [2]int{-1, 0}
			}
			leaves[pos].faces[0] = f
		}
		for pos, sl := range back.Slots {
			c, r := pos%cols, pos/cols
			f := simFace{page: sl.Page, normal: -1, up: [2]int{0, 1}, right: [2]int{-1, 0}}
			if sl.Rotated {
				f.up, f.right = [2]int{0, -1}, [2]int{1, 0}
			}
			leaves[r*cols+(cols-1-c)].faces[1] = f // behind the mirrored position
		}
		if perSide == 4 {
			foldBack(leaves, false, ch)
		}
		for _, l := range leaves {
			l.z -= float64(len(all)) // behind the sheets already stacked
		}
		all = append(all, leaves...)
	}
	foldBack(all, true, cw)
	sort.Slice(all, func(i, j int) bool { return all[i].z < all[j].z })
	var pages []int
	for _, l := range all {
		if l.cx != all[0].cx || l.cy != all[0].cy {
			t.Fatalf("leaves do not lie on top of each other: %+v and %+v", *l, *all[0])
		}
		recto, verso := l.faces[0], l.faces[1]
		if recto.normal != -1 {
			recto, verso = verso, recto
		}
		// A recto is read from the cover side (the reader's right is world −x), a verso from
		// the other; both upright and unmirrored.
		if recto.up != [2]int{0, 1} || recto.right != [2]int{-1, 0} {
			t.Errorf("page %d is turned or mirrored: up %v right %v", recto.page, recto.up, recto.right)
		}
		if verso.up != [2]int{0, 1} || verso.right != [2]int{1, 0} {
			t.Errorf("page %d is turned or mirrored: up %v right %v", verso.page, verso.up, verso.right)
		}
		pages = append(pages, recto.page, verso.page)
	}
	return pages
}

// TestImposeOrderFolds folds the printed sheets in simulation: after folding, nesting and
// cutting the head, the pages read 1…n in order, all upright, for A6 and A5 booklets of
// several sizes.
func TestImposeOrderFolds(t *testing.T) {
	for _, perSide := range []int{4, 2} {
		for _, n := range []int{8, 16, 24, 48, 64} {
			t.Run(fmt.Sprintf("%d-up/%d pages", perSide, n), func(t *testing.T) {
				sides := ImposeOrder(n, perSide)
				if len(sides) != 2*n/(2*perSide) {
					t.Fatalf("%d sides", len(sides))
				}
				got := foldBooklet(t, sides, perSide)
				for i, p := range got {
					if p != i+1 {
						t.Fatalf("after folding the pages read %v", got)
					}
				}
			})
		}
	}
}
