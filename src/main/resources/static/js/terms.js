// Every measure the pages show, explained in one Chinese sentence (the README's definitions), and the
// ⓘ that carries the sentence next to where the measure is shown.
import { esc } from './api.js';

export const TERMS = {
  牵头: '牵头单位负责推进任务并按时报送进展；一项任务可以有几个牵头单位。',
  责任: '责任单位配合牵头单位完成任务，比牵头单位提前 5 天向牵头单位报送。',
  合计: '这个单位被写进的任务数，无论牵头还是责任，每项任务只算一次。',
  含单位组: '再加上以它所属单位组（如“各县市区政府及管委会”）的名义分到的任务。',
  领导扇入: '这个单位承担的任务分别由几位市领导分管：领导越多，越要向多位领导汇报、协调。',
  中介中心度: '其他单位之间要经过这个单位才能“搭上线”的程度：数值高，说明不同的工作在它这里交汇。',
  社区: '经常一起承担任务的一群单位：同一社区的单位彼此之间的共同任务，多于和外面单位的。',
  瓶颈评分: '把牵头任务数、任务总数、共同牵头比例、领导扇入和中介中心度，各与本市最高的单位相比后按权重相加，在 0 到 1 之间；越高，越可能成为工作的卡点。',
  共同牵头: '一项任务写了两个或以上牵头单位，需要它们商量着推进。',
  跨领导共同牵头: '共同牵头的几个单位平时由不同的市领导分管，协调要跨领导。',
  单位组: '通知里对一类单位的合称（如“各县市区政府及管委会”），代表其中每个成员，不是一个具体的单位。',
  共同任务: '两个单位被写进同一项任务（牵头或责任都算）；连线越粗，共同任务越多。',
  多领导任务: '一项任务写了两位或以上责任领导。'
};

/** Names of the bottleneck score's components, in Chinese. */
export const WEIGHT_LABELS = {
  lead: '牵头任务数', total: '任务总数', coLeadShare: '共同牵头比例', leaderFanIn: '领导扇入',
  betweenness: '中介中心度', expandedTotal: '含单位组的任务数'
};

/** The weights of the bottleneck score as a clerk reads them: 牵头任务数 25%、… (components weighted 0 left out). */
export function weightsInWords(weights) {
  return Object.entries(weights || {}).filter(([, w]) => Number(w) > 0)
    .map(([k, w]) => `${WEIGHT_LABELS[k] || k} ${Math.round(Number(w) * 100)}%`).join('、');
}

/** An ⓘ whose tooltip (and screen-reader label) is the term's sentence. */
export function info(term) {
  const text = TERMS[term] || '';
  return `<span class="info" tabindex="0" role="note" data-term="${esc(term)}" title="${esc(text)}" aria-label="${esc(term + '：' + text)}">ⓘ</span>`;
}

/** A 民生实事 part (“文化二路”) never stands alone: the item it belongs to follows, muted. */
export function livelihoodItem(t) {
  if (t.kind !== 'LIVELIHOOD' || !t.item || t.item === t.text) return '';
  return `<span class="text-muted item-of">（民生实事${esc(String(t.no || '').split('.')[0])}：${esc(t.item)}）</span>`;
}
