import { defineLesson } from '../types';

export default defineLesson({
  slug: 'gans-in-20-minutes',
  order: 1,
  minutes: 20,
  title: { en: 'GANs in 20 minutes', 'zh-Hant': '20 分鐘認識 GAN' },
  summary: {
    en: 'From "generative vs discriminative" to the generator–discriminator game, mode collapse and its remedies, and a generator that takes orders.',
    'zh-Hant': '從「生成模型與判別模型」出發，看生成器與判別器的對弈、模式崩潰與補救方法，最後讓生成器聽指令生成。'
  },
  steps: [
    {
      page: 'gen-01',
      preset: 'basics',
      hide: ['lr', 'seed'],
      note: {
        en: 'Train both panels. The discriminative model only draws a boundary; the generative one also has a density per class, so it can sample new points. Ask: which one could draw a new example?',
        'zh-Hant': '兩個面板都訓練。判別模型只畫出決策邊界；生成模型還為每個類別建了一個密度，所以能抽出新的點。問全班：哪一個能「畫」出新的例子？'
      }
    },
    {
      page: 'gen-02',
      preset: 'watch-the-game',
      hide: ['seed'],
      note: {
        en: 'Step slowly. The heat map is D(x); the arrows show where the generator pushes its fake points: uphill on D. Then D moves, and the fakes chase it. The losses do not both reach zero: near balance each sits near log 2 ≈ 0.69.',
        'zh-Hant': '慢慢單步執行。熱圖是 D(x)；箭頭顯示生成器把假樣本往哪裡推：沿著 D 往上坡走。接著 D 改變，假樣本又追過去。兩條損失不會同時降到零：接近平衡時各自停在 log 2 ≈ 0.69 附近。'
      }
    },
    {
      page: 'gen-05',
      preset: 'collapse',
      hide: ['lrG', 'lrD', 'seed'],
      note: {
        en: 'Ask the class first, then press Play and point at the modes-covered counter: with this seed the generator piles onto a few of the eight modes and hops between them, because it learns six times faster than the discriminator.',
        'zh-Hant': '先問全班，再按播放，指著「涵蓋的模式數」計數器：在這個隨機種子下，生成器擠在八個模式中的少數幾個，還會在模式之間跳來跳去，因為它的學習速度是判別器的六倍。'
      },
      predict: {
        question: {
          en: 'The generator learns 6× faster than the discriminator. How many of the 8 modes will it cover after 400 iterations?',
          'zh-Hant': '生成器的學習速度是判別器的 6 倍。訓練 400 次後，它會涵蓋 8 個模式中的幾個？'
        },
        choices: {
          all: { en: 'All 8, or 7', 'zh-Hant': '全部 8 個，或 7 個' },
          few: { en: 'Three or fewer', 'zh-Hant': '三個以下' }
        },
        answer: 'few',
        why: {
          en: 'The counter shows three modes or fewer: the discriminator lags, so the generator piles every sample wherever D currently says "real", then hops when D catches up.',
          'zh-Hant': '計數器顯示三個以下：判別器跟不上，生成器就把所有樣本堆到 D 目前判為「真」的地方，等 D 追上來再跳到別處。'
        },
        revealAt: 400
      }
    },
    {
      page: 'gen-05',
      preset: 'balanced-rates',
      hide: ['seed'],
      note: {
        en: 'Same seed, one change: the discriminator now learns faster than the generator. The counter climbs to seven or eight modes. Then try WGAN-GP and the minibatch-std feature from the preset buttons and compare.',
        'zh-Hant': '同一個隨機種子，只改一件事：現在判別器學得比生成器快。計數器升到七或八個模式。接著用範例情境按鈕試試 WGAN-GP 與小批次標準差特徵，比較結果。'
      }
    },
    {
      page: 'gen-12',
      preset: 'side-by-side',
      hide: ['seed'],
      note: {
        en: 'Three critics on the same data. Point at the gradient-norm readout: with the gradient penalty it settles near 1 and the critic surface is a smooth slope; with weight clipping the norms stay away from 1.',
        'zh-Hant': '同一份資料上的三種評論器。指著梯度範數的讀數：加了梯度懲罰時它穩定在 1 附近，評論器的曲面是平滑的斜坡；用權重裁剪時，範數離 1 很遠。'
      }
    },
    {
      page: 'gen-04',
      preset: 'pick-a-class',
      hide: ['lrG', 'lrD', 'seed'],
      note: {
        en: 'A generator that takes orders: pick a class and the samples land in its region. Then switch conditioning off: the samples spread over every class, in the proportions of the data.',
        'zh-Hant': '一個聽指令的生成器：選一個類別，樣本就落在那個類別的區域。再把條件關掉：樣本會散佈到所有類別，比例和訓練資料差不多。'
      }
    }
  ]
});
