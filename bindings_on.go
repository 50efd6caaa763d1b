//go:build bindings

package main

// bindingsOnly is true when Wails runs the program only to read the bound methods.
const bindingsOnly = true
