/**
 * A production tokenizer for comparison: GPT-4o's o200k_base byte-level BPE, through the
 * gpt-tokenizer package (pinned in package.json; its merge table ships inside the package,
 * so it is served from our own origin and nothing is fetched elsewhere). The ~2.4 MB table
 * is loaded only by `loadO200k()`, a dynamic import the bundler splits into its own chunk:
 * call it from worker code, when the panel that shows it opens.
 */
export interface ProductionPiece {
  /** The text of one or more tokens: a CJK character split over two byte tokens shows once. */
  text: string;
  /** How many tokens make up this piece (1, or more when a character spans tokens). */
  tokens: number;
}

export interface ProductionTokenizer {
  name: string;
  encode(text: string): number[];
  pieces(text: string): ProductionPiece[];
}

interface Encoding {
  encode(text: string): number[];
  decodeGenerator(tokens: Iterable<number>): Generator<string, void, void>;
}

/** Pieces of a text under `enc`: decode token by token, noting how many tokens each piece took. */
export function piecesOf(enc: Encoding, text: string): ProductionPiece[] {
  const ids = enc.encode(text);
  let pulled = 0;
  const feed = {
    *[Symbol.iterator]() {
      for (const t of ids) {
        pulled++;
        yield t;
      }
    }
  };
  const out: ProductionPiece[] = [];
  let last = 0;
  for (const chunk of enc.decodeGenerator(feed)) {
    out.push({ text: chunk, tokens: pulled - last });
    last = pulled;
  }
  return out;
}

let loading: Promise<ProductionTokenizer> | null = null;

export function loadO200k(): Promise<ProductionTokenizer> {
  loading ??= import('gpt-tokenizer/encoding/o200k_base').then((m) => {
    const enc = m.default as unknown as Encoding;
    return { name: 'o200k_base', encode: (t: string) => enc.encode(t), pieces: (t: string) => piecesOf(enc, t) };
  });
  return loading;
}
