/**
 * The part of the WebAssembly JavaScript API the sandbox uses. TypeScript declares `WebAssembly`
 * only in its DOM and web-worker libs, which this project (lib ES2024 + @types/node) does not load.
 * Shapes follow the WebAssembly JavaScript Interface spec (https://webassembly.github.io/spec/js-api/).
 * If the project ever adds the DOM lib, delete this file.
 */
declare namespace WebAssembly {
  type ImportValue = ((...args: any[]) => unknown) | Global | Memory | Table
  type Imports = Record<string, Record<string, ImportValue>>
  type ExportValue = ((...args: any[]) => unknown) | Global | Memory | Table
  type Exports = Record<string, ExportValue>

  /** True when `bytes` is a valid module for this engine (every function body decoded and checked). */
  function validate (bytes: ArrayBufferView<ArrayBuffer> | ArrayBuffer): boolean

  class Module {
    private readonly brand: 'WebAssembly.Module' // nominal: a Module is not any object
    constructor (bytes: ArrayBufferView<ArrayBuffer> | ArrayBuffer)
    static exports (module: Module): Array<{ name: string, kind: string }>
    static imports (module: Module): Array<{ module: string, name: string, kind: string }>
  }

  class Instance {
    constructor (module: Module, imports?: Imports)
    readonly exports: Exports
  }

  class Memory {
    constructor (descriptor: { initial: number, maximum?: number, shared?: boolean })
    readonly buffer: ArrayBuffer
    grow (delta: number): number
  }

  class Table {
    constructor (descriptor: { element: string, initial: number, maximum?: number })
    readonly length: number
  }

  class Global {
    constructor (descriptor: { value: string, mutable?: boolean }, value?: unknown)
    value: unknown
  }

  class CompileError extends Error {}
  class LinkError extends Error {}
  class RuntimeError extends Error {}

  function compile (bytes: ArrayBufferView<ArrayBuffer> | ArrayBuffer): Promise<Module>
  function validate (bytes: ArrayBufferView<ArrayBuffer> | ArrayBuffer): boolean
  function instantiate (module: Module, imports?: Imports): Promise<Instance>
  function instantiate (bytes: ArrayBufferView<ArrayBuffer> | ArrayBuffer, imports?: Imports): Promise<{ module: Module, instance: Instance }>
}
