package hall

// FieldError is one invalid field of a form and what is wrong with it.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Problems collects what is wrong with a form, so that the clerk hears of every bad field at
// once instead of one per try. A form's Clean function checks each field, hands the outcome to
// Check (or Add), and returns Err at the end.
type Problems struct {
	fields []FieldError
	other  error // an error that is not about one field; it wins
}

// Check records err and reports whether it was nil. An invalid-input error naming a field joins
// the list (once per field); any other error is kept and returned by Err as it is.
func (p *Problems) Check(err error) bool {
	if err == nil {
		return true
	}
	if e := AsError(err); e != nil && e.Code == CodeInvalid && e.Field != "" {
		p.Add(e.Field, e.Message)
	} else if p.other == nil {
		p.other = err
	}
	return false
}

// Add records that field is invalid, unless it already is.
func (p *Problems) Add(field, msg string) {
	if !p.Has(field) {
		p.fields = append(p.fields, FieldError{Field: field, Message: msg})
	}
}

// Has reports whether field is already known to be invalid.
func (p *Problems) Has(field string) bool {
	for _, f := range p.fields {
		if f.Field == field {
			return true
		}
	}
	return false
}

// Err is nil when the form is fine; otherwise one invalid-input error whose Field and Message
// are the first problem found and whose Fields lists them all, in the order of the form.
func (p *Problems) Err() error {
	if p.other != nil {
		return p.other
	}
	if len(p.fields) == 0 {
		return nil
	}
	first := p.fields[0]
	return &Error{Code: CodeInvalid, Field: first.Field, Message: first.Message, Fields: append([]FieldError(nil), p.fields...)}
}
