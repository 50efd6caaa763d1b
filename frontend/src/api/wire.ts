// wire.ts types what the api functions send: the generated model types of the server's inputs.

/**
 * Plain is a generated model class as plain data: its fields, those of nested classes included,
 * without the methods Wails adds. An api function takes Plain<hall.X> and builds the hall.X
 * with hall.X.createFrom, so that callers pass objects shaped like the server's input.
 */
export type Plain<T> = T extends (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { [K in keyof T as T[K] extends (...args: any[]) => any ? never : K]: Plain<T[K]> }
    : T
