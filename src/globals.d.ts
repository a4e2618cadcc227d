// The few web-standard globals the core uses. Every target runtime (Node, Deno, Bun,
// browsers, workers) has them; declaring just these keeps the DOM and Node typings
// out of the core, so a stray platform API is a compile error.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
}
