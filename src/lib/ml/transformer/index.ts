/** The tiny transformer engine: see README.md. Import tfjs-free parts (positional, masks, kv-cache, cost, tokenizer, corpus, tasks) directly from their files in page code. */
export * from './config';
export * from './model';
export * from './seq2seq';
export * from './two-stream';
export * from './objectives';
export * from './generate';
export * from './train';
export * from './readback';
export * from './lora';
export * from './masks';
export * from './positional';
export * from './kv-cache';
export * from './cost';
export * from './tokenizer';
export * from './corpus';
export * from './tasks';
