import { defineLesson } from '../types';

export default defineLesson({
  slug: 'when-data-is-scarce',
  order: 6,
  minutes: 20,
  title: { en: 'Generative models when data is scarce', 'zh-Hant': '資料稀少時的生成模型' },
  summary: {
    en: 'A generator trained on twelve points learns to copy them; regularisation and early stopping help; augmentation and pretrained starts do most at small N; and a VAE’s β trades detail for a tidy latent space.',
    'zh-Hant': '只用十二個點訓練的生成器學會的是抄襲；正則化與提前停止有幫助；資料增強與預訓練起點在資料少時最有用；而 VAE 的 β 是拿細節換整齊的潛在空間。'
  },
  steps: [
    {
      page: 'gen-06',
      preset: 'memorise',
      hide: ['seed'],
      note: {
        en: 'Twelve training points, no regularisation. Watch the two loss curves part: training loss keeps falling while held-out loss turns upward, and the nearest-training-neighbour distance of the samples falls toward 0.',
        'zh-Hant': '十二個訓練點、不加正則化。看兩條損失曲線分開：訓練損失一直下降，保留資料上的損失卻開始回升，樣本到最近訓練點的距離也趨近 0。'
      }
    },
    {
      page: 'gen-06',
      preset: 'regularised',
      hide: ['seed'],
      note: {
        en: 'Same points, with input noise and weight decay: the gap between the curves narrows and the samples stay away from the training points.',
        'zh-Hant': '同樣的點，加上輸入雜訊與權重衰減：兩條曲線的差距縮小，樣本也不再貼著訓練點。'
      }
    },
    {
      page: 'gen-08',
      preset: 'tiny-data',
      hide: ['seed'],
      note: {
        en: 'Sixteen examples and no help: held-out loss stays high. Then switch to the augmentation and pretrained presets and compare at the same N.',
        'zh-Hant': '十六個樣本、沒有輔助：保留資料上的損失居高不下。接著切換到資料增強與預訓練初始化的範例情境，在相同的 N 下比較。'
      }
    },
    {
      page: 'gen-03',
      preset: 'beta-zero',
      hide: ['seed'],
      note: {
        en: 'A VAE with β = 0 is a plain autoencoder: the latent codes scatter into islands, and the grid cells between them decode to nonsense.',
        'zh-Hant': 'β = 0 的 VAE 就是一般的自動編碼器：潛在編碼散成一座座孤島，孤島之間的網格解碼出來是一團亂。'
      }
    },
    {
      page: 'gen-03',
      preset: 'basics',
      hide: ['seed'],
      note: {
        en: 'β = 1, the ELBO: the codes gather around the origin and the whole decoded grid is legible. Try the large-β preset last: tidier latents, blurrier images.',
        'zh-Hant': 'β = 1，也就是 ELBO：編碼聚集在原點附近，整個解碼網格都清晰可辨。最後試試大 β 的範例情境：潛在空間更整齊，影像卻更模糊。'
      }
    }
  ]
});
