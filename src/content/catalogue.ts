/**
 * The typed catalogue of the 62 questions: it drives routing, navigation, prerendering,
 * the e2e page list and the benchmark. Titles are our own wording in both languages.
 * `demos` names demo ids (folders under src/lib/demos); an unknown id fails the build
 * (see demo-registry.ts and catalogue.test.ts).
 */
import type { Lang } from '$lib/params/schema';

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
  /** Demo ids shown on this page, each with the preset the page opens in. */
  demos: { id: string; preset?: string }[];
}

export const sections: Section[] = [
  { id: 'gen', title: { en: 'Generative models', 'zh-Hant': '生成模型' } },
  { id: 'llm', title: { en: 'Large language models', 'zh-Hant': '大型語言模型' } },
  { id: 'mm', title: { en: 'Multimodal models', 'zh-Hant': '多模態模型' } },
  { id: 'emb', title: { en: 'Embeddings', 'zh-Hant': '嵌入' } },
  { id: 'tie', title: { en: 'Training, inference and evaluation', 'zh-Hant': '訓練、推論與評估' } }
];

type Row = [id: string, slug: string, en: string, zh: string, demos?: Question['demos']];

const rows: Row[] = [
  ['gen-01', 'generative-vs-discriminative', 'Generative vs discriminative models', '生成模型與判別模型有何不同', [{ id: 'gen-vs-disc', preset: 'basics' }]],
  ['gen-02', 'gan-architecture', 'GAN architecture and the generator–discriminator game', 'GAN 的架構：生成器與判別器如何對弈', [{ id: 'toy-gan', preset: 'watch-the-game' }]],
  ['gen-03', 'vae', 'Variational autoencoders and latent variables', '變分自編碼器與潛在變數', [{ id: 'vae', preset: 'basics' }]],
  ['gen-04', 'conditional-generation', 'Conditional vs unconditional generation', '條件生成與無條件生成', [{ id: 'conditional-generation', preset: 'pick-a-class' }]],
  ['gen-05', 'mode-collapse', 'Mode collapse and how to remedy it', '模式崩潰與補救方法', [{ id: 'toy-gan', preset: 'collapse' }]],
  ['gen-06', 'overfitting-generative', 'Overfitting in generative models', '生成模型的過擬合', [{ id: 'overfitting-generative', preset: 'memorise' }]],
  ['gen-07', 'gradient-clipping', 'Gradient clipping', '梯度裁剪', [{ id: 'gradient-clipping', preset: 'cliff' }]],
  ['gen-08', 'limited-data', 'Training generative models with limited data', '資料有限時如何訓練生成模型', [{ id: 'limited-data', preset: 'tiny-data' }]],
  ['gen-09', 'curriculum-learning', 'Curriculum learning', '課程學習', [{ id: 'curriculum', preset: 'curriculum-vs-shuffled' }]],
  ['gen-10', 'learning-rate-schedules', 'Learning-rate schedules', '學習率排程', [{ id: 'lr-schedules', preset: 'compare' }]],
  ['gen-11', 'l1-vs-l2', 'L1 vs L2 loss', 'L1 損失與 L2 損失', [{ id: 'l1-vs-l2', preset: 'outlier' }]],
  ['gen-12', 'gradient-penalty', 'Gradient penalty (WGAN-GP)', '梯度懲罰（WGAN-GP）', [{ id: 'gradient-penalty', preset: 'side-by-side' }]],
  ['llm-01', 'transfer-learning-nlp', 'Transfer learning in NLP', '自然語言處理中的遷移學習'],
  ['llm-02', 'gpt-vs-bert', 'GPT vs BERT', 'GPT 與 BERT 的差異'],
  ['llm-03', 'transformers-vs-rnns', 'What Transformers fix in RNNs', 'Transformer 解決了 RNN 的哪些問題'],
  ['llm-04', 'relative-position', 'Relative position information', '相對位置資訊'],
  ['llm-05', 'fixed-attention-span', 'A fixed attention span', '固定的注意力範圍'],
  ['llm-06', 'context-length-cost', 'Why a longer context is not free', '為什麼更長的上下文有代價'],
  ['llm-07', 'self-attention', 'How self-attention works', '自注意力如何運作', [{ id: 'self-attention', preset: 'basics' }]],
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
  ['emb-13', 'triplet-loss', 'Triplet loss', '三元組損失', [{ id: 'triplet', preset: 'triplet-basics' }]],
  ['emb-14', 'margin', 'The margin in triplet and contrastive loss', '三元組損失與對比損失中的邊界距離', [{ id: 'triplet', preset: 'small-vs-large-margin' }]],
  ['tie-01', 'llm-overfitting', 'Overfitting when training LLMs', '訓練大型語言模型時的過擬合'],
  ['tie-02', 'llm-learning-rate', 'Tuning the learning rate for LLMs', '為大型語言模型調整學習率'],
  ['tie-03', 'long-context-inference', 'Long context at inference time', '推論時的長上下文'],
  ['tie-04', 'generation-metrics', 'Metrics for generated text', '生成文字的評估指標'],
  ['tie-05', 'hallucination', 'Detecting and reducing hallucination', '偵測與減少幻覺'],
  ['tie-06', 'mixture-of-experts', 'Mixture of experts', '混合專家模型'],
  ['tie-07', 'perplexity-pitfalls', 'Why perplexity is not enough', '為什麼只看困惑度不夠']
];

export const questions: Question[] = rows.map(([id, slug, en, zh, demos]) => ({
  id,
  section: id.split('-')[0] as SectionId,
  slug,
  title: { en, 'zh-Hant': zh },
  demos: demos ?? []
}));

export const languages: Lang[] = ['en', 'zh-Hant'];

const byId = new Map(questions.map((q) => [q.id, q]));
export function questionById(id: string): Question | undefined {
  return byId.get(id);
}
export function questionBySlug(section: string, slug: string): Question | undefined {
  return questions.find((q) => q.section === section && q.slug === slug);
}
export function questionPath(lang: Lang, q: Question): string {
  return `/${lang}/${q.section}/${q.slug}/`;
}
export function neighbours(q: Question): { prev?: Question; next?: Question } {
  const i = questions.indexOf(q);
  return { prev: questions[i - 1], next: questions[i + 1] };
}
