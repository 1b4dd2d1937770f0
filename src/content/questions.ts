/**
 * The 62 questions (ids, slugs, titles in our own words in both languages) and the pure
 * helpers around them. Plain TypeScript with no Vite features, so the e2e tests and
 * scripts can import it in node. Which demos a page shows is declared by the demos
 * themselves (`src/lib/demos/<id>/meta.json`) and joined in by `withDemos`; the app's
 * catalogue (./catalogue.ts) does that with the registry.
 */
import type { Lang } from '../lib/params/schema';
import type { DemoMeta } from '../lib/demos/meta';

export type SectionId = 'gen' | 'llm' | 'mm' | 'emb' | 'tie';

export interface Section {
  id: SectionId;
  title: Record<Lang, string>;
}

export interface Question {
  id: string;
  section: SectionId;
  slug: string;
  title: Record<Lang, string>;
  /** Demos shown on this page (from their meta.json), each with the preset the page opens in. */
  demos: { id: string; preset?: string; trains: boolean }[];
}

export const sections: Section[] = [
  { id: 'gen', title: { en: 'Generative models', 'zh-Hant': '生成模型' } },
  { id: 'llm', title: { en: 'Large language models', 'zh-Hant': '大型語言模型' } },
  { id: 'mm', title: { en: 'Multimodal models', 'zh-Hant': '多模態模型' } },
  { id: 'emb', title: { en: 'Embeddings', 'zh-Hant': '嵌入' } },
  { id: 'tie', title: { en: 'Training, inference and evaluation', 'zh-Hant': '訓練、推論與評估' } }
];

type Row = [id: string, slug: string, en: string, zh: string];

const rows: Row[] = [
  ['gen-01', 'generative-vs-discriminative', 'Generative vs discriminative models', '生成模型與判別模型有何不同'],
  ['gen-02', 'gan-architecture', 'GAN architecture and the generator–discriminator game', 'GAN 的架構：生成器與判別器如何對弈'],
  ['gen-03', 'vae', 'Variational autoencoders and latent variables', '變分自編碼器與潛在變數'],
  ['gen-04', 'conditional-generation', 'Conditional vs unconditional generation', '條件生成與無條件生成'],
  ['gen-05', 'mode-collapse', 'Mode collapse and how to remedy it', '模式崩潰與補救方法'],
  ['gen-06', 'overfitting-generative', 'Overfitting in generative models', '生成模型的過擬合'],
  ['gen-07', 'gradient-clipping', 'Gradient clipping', '梯度裁剪'],
  ['gen-08', 'limited-data', 'Training generative models with limited data', '資料有限時如何訓練生成模型'],
  ['gen-09', 'curriculum-learning', 'Curriculum learning', '課程學習'],
  ['gen-10', 'learning-rate-schedules', 'Learning-rate schedules', '學習率排程'],
  ['gen-11', 'l1-vs-l2', 'L1 vs L2 loss', 'L1 損失與 L2 損失'],
  ['gen-12', 'gradient-penalty', 'Gradient penalty (WGAN-GP)', '梯度懲罰（WGAN-GP）'],
  ['llm-01', 'transfer-learning-nlp', 'Transfer learning in NLP', '自然語言處理中的遷移學習'],
  ['llm-02', 'gpt-vs-bert', 'GPT vs BERT', 'GPT 與 BERT 的差異'],
  ['llm-03', 'transformers-vs-rnns', 'What Transformers fix in RNNs', 'Transformer 解決了 RNN 的哪些問題'],
  ['llm-04', 'relative-position', 'Relative position information', '相對位置資訊'],
  ['llm-05', 'fixed-attention-span', 'A fixed attention span', '固定的注意力範圍'],
  ['llm-06', 'context-length-cost', 'Why a longer context is not free', '為什麼更長的上下文有代價'],
  ['llm-07', 'self-attention', 'How self-attention works', '自注意力如何運作'],
  ['llm-08', 'pretraining-objectives', 'Pre-training objectives: MLM, CLM and PLM', '預訓練目標：MLM、CLM 與 PLM'],
  ['llm-09', 'multi-head-attention', 'Why multi-head attention', '為什麼需要多頭注意力'],
  ['llm-10', 'rlhf', 'Reinforcement learning from human feedback (RLHF)', '基於人類回饋的強化學習（RLHF）'],
  ['llm-11', 'catastrophic-forgetting', 'Catastrophic forgetting', '災難性遺忘'],
  ['llm-12', 'encoder-decoder', 'The encoder and the decoder in sequence-to-sequence models', '序列到序列模型中的編碼器與解碼器'],
  ['llm-13', 'positional-encoding', 'Positional encoding', '位置編碼'],
  ['llm-14', 'fine-tuning-strategies', 'Fine-tuning strategies', '微調策略'],
  ['llm-15', 'cross-attention', 'Cross-attention in encoder-decoder models', '編碼器—解碼器模型中的交叉注意力'],
  ['llm-16', 'sparse-vs-dense-loss', 'Cross-entropy vs mean squared error for language models', '語言模型該用交叉熵還是均方誤差'],
  ['llm-17', 'rl-for-llms', 'Reinforcement learning in LLM training', '大型語言模型訓練中的強化學習'],
  ['mm-01', 'vision-text-fusion', 'Fusing vision and text', '視覺與文字的融合'],
  ['mm-02', 'cross-modal-attention', 'Cross-modal attention: VisualBERT vs CLIP', '跨模態注意力：VisualBERT 與 CLIP'],
  ['mm-03', 'image-text-annotation', 'Annotating image–text pairs', '影像與文字配對的標註'],
  ['mm-04', 'image-synthesis-losses', 'Loss functions for image synthesis', '影像合成的損失函數'],
  ['mm-05', 'perceptual-loss', 'Perceptual loss', '感知損失'],
  ['mm-06', 'masked-image-modelling', 'Masked language–image modelling', '遮罩式語言—影像建模'],
  ['mm-07', 'attention-in-generation', 'Cross-attention weights during generation', '生成過程中的交叉注意力權重'],
  ['mm-08', 'multimodal-challenges', 'Challenges of multimodal training', '多模態訓練的挑戰'],
  ['mm-09', 'multimodal-data-sparsity', 'Data sparsity in multimodal training', '多模態訓練中的資料稀疏'],
  ['mm-10', 'vision-language-pretraining', 'Vision–language pre-training', '視覺—語言預訓練'],
  ['mm-11', 'clip-and-dalle', 'CLIP and DALL-E', 'CLIP 與 DALL-E'],
  ['mm-12', 'attention-in-vlms', 'How attention helps vision–language models', '注意力如何幫助視覺—語言模型'],
  ['emb-01', 'what-are-embeddings', 'What embeddings are', '什麼是嵌入'],
  ['emb-02', 'word-vs-sentence-embeddings', 'Word vs sentence embeddings', '詞嵌入與句子嵌入'],
  ['emb-03', 'contextual-embeddings', 'Contextual embeddings', '情境化嵌入'],
  ['emb-04', 'cross-modal-embeddings', 'Cross-modal embeddings', '跨模態嵌入'],
  ['emb-05', 'rare-words', 'Handling rare words', '如何處理罕見詞'],
  ['emb-06', 'embedding-regularisation', 'Regularising embeddings', '嵌入的正則化'],
  ['emb-07', 'pretrained-embeddings-transfer', 'Pretrained embeddings for transfer learning', '用預訓練嵌入做遷移學習'],
  ['emb-08', 'embedding-quantization', 'Quantising embeddings', '嵌入的量化'],
  ['emb-09', 'high-cardinality-categoricals', 'Embeddings for high-cardinality categories', '高基數類別特徵的嵌入'],
  ['emb-10', 'nearest-neighbour-search', 'Fast nearest-neighbour search', '快速最近鄰搜尋'],
  ['emb-11', 'out-of-vocabulary', 'Out-of-vocabulary words', '詞彙表外的詞'],
  ['emb-12', 'embedding-evaluation', 'Evaluating embeddings', '如何評估嵌入'],
  ['emb-13', 'triplet-loss', 'Triplet loss', '三元組損失'],
  ['emb-14', 'margin', 'The margin in triplet and contrastive loss', '三元組損失與對比損失中的邊界距離'],
  ['tie-01', 'llm-overfitting', 'Overfitting when training LLMs', '訓練大型語言模型時的過擬合'],
  ['tie-02', 'llm-learning-rate', 'Tuning the learning rate for LLMs', '為大型語言模型調整學習率'],
  ['tie-03', 'long-context-inference', 'Long context at inference time', '推論時的長上下文'],
  ['tie-04', 'generation-metrics', 'Metrics for generated text', '生成文字的評估指標'],
  ['tie-05', 'hallucination', 'Detecting and reducing hallucination', '偵測與減少幻覺'],
  ['tie-06', 'mixture-of-experts', 'Mixture of experts', '混合專家模型'],
  ['tie-07', 'perplexity-pitfalls', 'Why perplexity is not enough', '為什麼只看困惑度不夠']
];

export interface QuestionRow {
  id: string;
  section: SectionId;
  slug: string;
  title: Record<Lang, string>;
}

export const questionRows: QuestionRow[] = rows.map(([id, slug, en, zh]) => ({
  id,
  section: id.split('-')[0] as SectionId,
  slug,
  title: { en, 'zh-Hant': zh }
}));

export const languages: Lang[] = ['en', 'zh-Hant'];

/** Join the demos' own declarations onto the questions; throws on a page id that does not exist. */
export function withDemos(metas: Record<string, DemoMeta>): Question[] {
  const ids = new Set(questionRows.map((q) => q.id));
  for (const [demo, m] of Object.entries(metas)) {
    for (const q of Object.keys(m.pages)) if (!ids.has(q)) throw new Error(`demo ${demo}: unknown page "${q}" in meta.json`);
  }
  const order = Object.entries(metas).sort(([a, ma], [b, mb]) => (ma.order ?? 0) - (mb.order ?? 0) || a.localeCompare(b));
  return questionRows.map((q) => ({
    ...q,
    demos: order
      .filter(([, m]) => Object.prototype.hasOwnProperty.call(m.pages, q.id))
      .map(([id, m]) => ({ id, trains: m.trains, ...(m.pages[q.id] ? { preset: m.pages[q.id]! } : {}) }))
  }));
}

export function questionPath(lang: Lang, q: { section: string; slug: string }): string {
  return `/${lang}/${q.section}/${q.slug}/`;
}
