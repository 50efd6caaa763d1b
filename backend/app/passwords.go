package app

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"sync"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/hall"
)

// HashCost is the bcrypt cost for new passwords; tests lower it.
var HashCost = bcrypt.DefaultCost

// PasswordEvent names one bcrypt computation; Core.OnPassword hears each, so that tests can
// count what a request cost.
type PasswordEvent string

// The bcrypt computations.
const (
	// PasswordHashed: a new password was hashed.
	PasswordHashed PasswordEvent = "hash"
	// PasswordChecked: a password was compared with an account's hash.
	PasswordChecked PasswordEvent = "check"
	// PasswordStandIn: a password was compared with the stand-in hash, for an unknown, deactivated
	// or locked account, so that its refusal takes as long as a wrong password's.
	PasswordStandIn PasswordEvent = "stand-in"
)

// passwords holds the stand-in hash, made once per process at the cost of real ones.
type passwords struct {
	once    sync.Once
	standIn string
}

func (c *Core) notePassword(e PasswordEvent) {
	if c.OnPassword != nil {
		c.OnPassword(e)
	}
}

func (c *Core) hash(pw string) (string, error) {
	c.notePassword(PasswordHashed)
	b, err := bcrypt.GenerateFromPassword([]byte(pw), HashCost)
	return string(b), err
}

// passwordMatches compares pw with an account's hash: one bcrypt comparison.
func (c *Core) passwordMatches(hash, pw string) bool {
	c.notePassword(PasswordChecked)
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(pw)) == nil
}

// spendStandIn compares pw with a hash that no password matches, at the cost of a real
// comparison: the refusal of an account that is not checked takes the time of one that is.
func (c *Core) spendStandIn(pw string) {
	c.notePassword(PasswordStandIn)
	bcrypt.CompareHashAndPassword([]byte(c.standInHash()), []byte(pw))
}

// standInHash is made on first use (Login asks for it before looking the name up, so that the
// first login of any name pays for it alike).
func (c *Core) standInHash() string {
	c.pw.once.Do(func() {
		b := make([]byte, 24)
		rand.Read(b)
		h, _ := bcrypt.GenerateFromPassword([]byte(hex.EncodeToString(b)), HashCost)
		c.pw.standIn = string(h)
	})
	return c.pw.standIn
}

// loginRefused is the one answer to every refused login: an unknown name, a wrong password, a
// deactivated and a locked account read the same, so the login page tells nobody which names
// exist, which password is right or which account is locked. The administrator sees locks and
// deactivations on the operators page.
func loginRefused() error {
	return hall.Invalid("password", "登录名或密码不正确，或账号已停用、暂时锁定（连续输错"+strconv.Itoa(hall.MaxFailedLogins)+
		"次密码会锁定"+strconv.Itoa(int(hall.LockDuration.Minutes()))+"分钟）。请核对后重试，或联系管理员")
}
