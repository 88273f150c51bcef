'use strict';
// Article texts, titles and urls are untrusted: every one goes into the page as a text node or through safeUrl,
// never as markup.
(function () {
  const PAGE_SIZE = 20;
  const QUADS = [
    ['verbal_cooperation', 'Verbal cooperation', '#7fb3e6'],
    ['material_cooperation', 'Material cooperation', '#2f6fb0'],
    ['verbal_conflict', 'Verbal conflict', '#f0a35e'],
    ['material_conflict', 'Material conflict', '#c0392b']
  ];
  const byId = (id) => document.getElementById(id);
  let eventsOffset = 0;
  let storiesOffset = 0;
  let currentStory = null;
  let eventsQuery = {};
  let chart = null;

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  function clear(node) {
    node.replaceChildren();
    return node;
  }

  /** The url when it is an http(s) address, else null: javascript:, data: and the like never become links. */
  function safeUrl(url) {
    if (!url) {
      return null;
    }
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function externalLink(url, label) {
    const href = safeUrl(url);
    if (!href) {
      return null;
    }
    const a = el('a', null, label);
    a.href = href;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    return a;
  }

  function query(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && String(value).trim() !== '') {
        search.set(key, String(value).trim());
      }
    }
    const text = search.toString();
    return text ? '?' + text : '';
  }

  async function api(path, params) {
    const response = await fetch('api/' + path + query(params || {}), { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.error + (body.parameter ? ' (parameter ' + body.parameter + ')' : ''));
    }
    return body;
  }

  function problem(error) {
    const box = byId('problem');
    if (error) {
      box.textContent = error.message || String(error);
      box.hidden = false;
    } else {
      box.hidden = true;
    }
  }

  function sourceLabel(source) {
    const file = source.origin ? source.origin.split(/[\\/]/).pop() : null;
    return (source.outlet || source.title || file || 'article ' + source.article_id) + ' (' + source.published + ')';
  }

  function formatDay(iso) {
    const day = new Date(iso + 'T00:00:00Z');
    return day.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  async function loadTimeline(params) {
    const status = byId('timeline-status');
    status.textContent = 'Loading…';
    const timeline = await api('timeline', params);
    const list = clear(byId('timeline'));
    for (const date of timeline.dates) {
      const time = el('time', null, formatDay(date.date));
      time.dateTime = date.date;
      const lines = el('ul');
      for (const line of date.lines) {
        const sources = el('div', 'sources');
        const copies = el('span', 'copies', 'also published by');
        const seen = new Set();
        for (const source of line.sources) {
          if (seen.has(source.article_id)) {
            continue;
          }
          seen.add(source.article_id);
          const citation = line.citations.find((c) => c.article_id === source.article_id);
          const link = el('a', 'source', sourceLabel(source));
          link.href = '#article=' + encodeURIComponent(source.article_id)
            + (citation ? '&sentence=' + citation.sentence_index : '');
          if (source.copy_of) {
            copies.append(' ', link);
          } else {
            sources.append(link);
          }
        }
        if (copies.childNodes.length > 1) {
          sources.append(copies);
        }
        lines.append(el('li', null, el('p', null, line.text), sources));
      }
      const item = el('li', null, el('h3', null, time), lines);
      item.dataset.date = date.date;
      list.append(item);
    }
    status.textContent = timeline.dates.length + ' date(s) from ' + timeline.articles + ' article(s)'
      + (timeline.query ? ' matching “' + timeline.query + '”' : '')
      + (currentStory ? ' of the story “' + currentStory.label + '”' : '') + '.';
    if (!document.body.dataset.firstTimelineMs) {
      document.body.dataset.firstTimelineMs = String(Math.round(performance.now()));
    }
  }

  async function loadStories() {
    const page = await api('stories', { offset: storiesOffset, limit: PAGE_SIZE });
    const list = clear(byId('stories'));
    for (const story of page.items) {
      const button = el('button', null, story.label,
        el('span', 'story-meta', story.first_date + (story.last_date !== story.first_date ? ' – ' + story.last_date : '')
          + ', ' + story.articles + ' article(s), ' + story.outlets + ' outlet(s)'));
      button.type = 'button';
      button.dataset.story = story.id;
      button.setAttribute('aria-pressed', String(currentStory !== null && currentStory.id === story.id));
      button.addEventListener('click', () => guarded(showStory(story)));
      list.append(el('li', null, button));
    }
    const last = Math.min(page.total, storiesOffset + page.items.length);
    byId('stories-status').textContent = page.total === 0 ? 'No stories.'
      : 'Stories ' + (storiesOffset + 1) + '–' + last + ' of ' + page.total + ', latest first. Choose one to see its timeline.';
    byId('stories-prev').disabled = storiesOffset === 0;
    byId('stories-next').disabled = last >= page.total;
  }

  async function showStory(story) {
    currentStory = story;
    for (const button of byId('stories').querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.story === story.id));
    }
    await loadTimeline({ story: story.id });
    byId('timeline-heading').scrollIntoView({ block: 'start' });
  }

  function snippet(text) {
    const out = el('span', 'snippet');
    const parts = (text || '').split(/\[\[|\]\]/);
    parts.forEach((part, i) => out.append(i % 2 === 1 ? el('mark', null, part) : document.createTextNode(part)));
    return out;
  }

  async function loadArticles(params) {
    const page = await api('articles', Object.assign({ limit: PAGE_SIZE }, params));
    const list = clear(byId('results'));
    for (const item of page.items) {
      const link = el('a', null, item.title || item.id);
      link.href = '#article=' + encodeURIComponent(item.id);
      const meta = ' — ' + (item.outlet ? item.outlet + ', ' : '') + item.published;
      list.append(el('li', null, link, meta, item.snippet ? el('div', null, snippet(item.snippet)) : null));
    }
    byId('results-status').textContent = page.total + ' article(s)' + (page.total > page.items.length
      ? ', the first ' + page.items.length + ' shown' : '') + '.';
  }

  /** The sentence's text with the spans of its events wrapped by role; overlapping spans keep the first. */
  function highlighted(text, sentence, events) {
    const spans = [];
    for (const event of events) {
      for (const span of event.spans) {
        if (span.char_start >= sentence.char_start && span.char_end <= sentence.char_end && span.char_end > span.char_start) {
          spans.push(span);
        }
      }
    }
    spans.sort((a, b) => a.char_start - b.char_start || b.char_end - a.char_end);
    const mark = el('mark', 'cited');
    let position = sentence.char_start;
    for (const span of spans) {
      if (span.char_start < position) {
        continue;
      }
      mark.append(document.createTextNode(text.slice(position, span.char_start)));
      const part = el('span', 'role-' + span.kind, text.slice(span.char_start, span.char_end));
      part.title = span.kind + (span.value ? ' ' + span.value : '');
      mark.append(part);
      position = span.char_end;
    }
    mark.append(document.createTextNode(text.slice(position, sentence.char_end)));
    return mark;
  }

  async function showArticle(id, sentenceIndex) {
    const article = await api('articles/' + encodeURIComponent(id));
    const section = byId('article-section');
    byId('article-title').textContent = article.title || 'Article ' + article.id;
    const meta = clear(byId('article-meta'));
    article.publications.forEach((publication, i) => {
      if (i > 0) {
        meta.append('; ');
      }
      meta.append((publication.outlet || 'unknown outlet') + ', ' + publication.published + ' ');
      const link = externalLink(publication.url, 'original');
      if (link) {
        meta.append(link);
      }
    });
    const cited = article.sentences.find((s) => s.index === sentenceIndex) || null;
    const citedEvents = cited ? article.events.filter((e) => e.sentence_index === cited.index) : [];
    const eventList = clear(byId('article-events'));
    for (const event of citedEvents) {
      const words = event.spans.map((s) => s.kind + ' “' + s.text + '”' + (s.value ? ' ' + s.value : ''));
      eventList.append(el('li', null, event.event + ' (CAMEO ' + event.cameo + ', ' + event.date + ', '
        + event.status + '): ' + words.join(', ') + ' — rule ' + event.rule));
    }
    const body = clear(byId('article-text'));
    const text = article.text;
    let position = 0;
    let citedNode = null;
    for (const sentence of article.sentences) {
      body.append(document.createTextNode(text.slice(position, sentence.char_start)));
      if (cited && sentence.index === cited.index) {
        citedNode = highlighted(text, sentence, citedEvents);
        body.append(citedNode);
      } else {
        body.append(document.createTextNode(text.slice(sentence.char_start, sentence.char_end)));
      }
      position = sentence.char_end;
    }
    body.append(document.createTextNode(text.slice(position)));
    section.scrollTop = 0;
    byId('article-title').focus();
    if (citedNode) {
      citedNode.scrollIntoView({ block: 'center' });
    }
  }

  function actorCodes(actors) {
    return (actors || []).map((a) => a.code + (a.sector ? ' ' + a.sector : '')).join(', ');
  }

  async function loadEvents() {
    const params = Object.assign({}, eventsQuery, { offset: eventsOffset, limit: PAGE_SIZE });
    const page = await api('events', params);
    const body = clear(byId('events-table').tBodies[0]);
    for (const event of page.items) {
      const first = event.mentions[0];
      const source = el('a', null, first.outlet || 'article of ' + first.published);
      source.href = '#article=' + encodeURIComponent(first.article_id) + '&event=' + encodeURIComponent(event.id);
      const goldstein = el('td', 'num', event.goldstein.toFixed(1));
      const articles = el('td', 'num', String(event.num_articles));
      body.append(el('tr', null, el('td', null, event.date), el('td', null, actorCodes(event.actor)),
        el('td', null, event.event + (event.mode ? ' (' + event.mode + ')' : '')),
        el('td', null, actorCodes(event.recipient)), el('td', null, event.cameo), goldstein, articles,
        el('td', null, source)));
    }
    const last = Math.min(page.total, eventsOffset + page.items.length);
    byId('events-status').textContent = page.total === 0 ? 'No events.'
      : 'Events ' + (eventsOffset + 1) + '–' + last + ' of ' + page.total + '.';
    byId('events-prev').disabled = eventsOffset === 0;
    byId('events-next').disabled = last >= page.total;
    for (const format of ['json', 'csv', 'tsv']) {
      byId('download-' + format).href = 'api/events/export' + query(Object.assign({ format: format }, eventsQuery));
    }
  }

  async function drawDyad(form) {
    const a = form.elements.a.value.trim();
    const b = form.elements.b.value.trim();
    const series = await api('dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b), {
      from: form.elements.from.value, to: form.elements.to.value,
      bucket: form.elements.bucket.value, direction: form.elements.direction.value
    });
    const both = series.direction === 'both';
    byId('dyad-trend').textContent = series.actor + (both ? ' ⇄ ' : ' → ') + series.recipient + ', '
      + series.events + ' event(s): ' + series.trend.reading;
    const labels = series.buckets.map((bucket) => bucket.label);
    const option = {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 48, right: 48, top: 56, bottom: 56 },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
      xAxis: { type: 'category', data: labels },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10 }
      ],
      series: QUADS.map(([key, name, color]) => ({
        name: name, type: 'bar', stack: 'quad', itemStyle: { color: color },
        data: series.buckets.map((bucket) => bucket[key])
      })).concat([
        { name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: false, symbolSize: 6,
          itemStyle: { color: '#222' }, data: series.buckets.map((bucket) => bucket.mean_goldstein ?? null) },
        { name: 'Rolling Goldstein (' + series.trend.window_days + ' days)', type: 'line', yAxisIndex: 1,
          connectNulls: true, showSymbol: false, lineStyle: { type: 'dashed' }, itemStyle: { color: '#7d3c98' },
          data: series.buckets.map((bucket) => bucket.rolling_goldstein ?? null) }
      ])
    };
    const holder = byId('dyad-chart');
    if (!chart) {
      chart = echarts.init(holder);
      window.addEventListener('resize', () => chart.resize());
    }
    chart.setOption(option, true);
    holder.setAttribute('aria-label', 'Events per quad class and mean Goldstein score, ' + series.actor
      + ' and ' + series.recipient + ': ' + series.trend.reading);
    holder.dataset.buckets = String(series.buckets.length);
  }

  function formValues(form) {
    const values = {};
    for (const [key, value] of new FormData(form).entries()) {
      values[key] = String(value);
    }
    return values;
  }

  function guarded(task) {
    return task.then(() => problem(null)).catch(problem);
  }

  function route() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const id = hash.get('article');
    if (id) {
      const sentence = hash.get('sentence');
      const eventId = hash.get('event');
      if (eventId) {
        guarded(api('articles/' + encodeURIComponent(id)).then((article) => {
          const event = article.events.find((e) => e.event_id === eventId);
          return showArticle(id, event ? event.sentence_index : null);
        }));
      } else {
        guarded(showArticle(id, sentence === null ? null : Number(sentence)));
      }
    }
  }

  function search(event) {
    event.preventDefault();
    const params = { q: byId('q').value, from: byId('search-from').value, to: byId('search-to').value };
    currentStory = null;
    for (const button of byId('stories').querySelectorAll('button')) {
      button.setAttribute('aria-pressed', 'false');
    }
    guarded(Promise.all([loadTimeline(params), loadArticles(params)]));
  }

  document.addEventListener('DOMContentLoaded', () => {
    byId('search-form').addEventListener('submit', search);
    byId('events-form').addEventListener('submit', (event) => {
      event.preventDefault();
      eventsQuery = formValues(event.target);
      eventsOffset = 0;
      guarded(loadEvents());
    });
    byId('events-prev').addEventListener('click', () => {
      eventsOffset = Math.max(0, eventsOffset - PAGE_SIZE);
      guarded(loadEvents());
    });
    byId('events-next').addEventListener('click', () => {
      eventsOffset += PAGE_SIZE;
      guarded(loadEvents());
    });
    byId('stories-prev').addEventListener('click', () => {
      storiesOffset = Math.max(0, storiesOffset - PAGE_SIZE);
      guarded(loadStories());
    });
    byId('stories-next').addEventListener('click', () => {
      storiesOffset += PAGE_SIZE;
      guarded(loadStories());
    });
    byId('dyad-form').addEventListener('submit', (event) => {
      event.preventDefault();
      guarded(drawDyad(event.target));
    });
    window.addEventListener('hashchange', route);
    guarded(loadStories());
    guarded(loadTimeline({}));
    guarded(loadArticles({}));
    guarded(loadEvents());
    guarded(drawDyad(byId('dyad-form')));
    route();
  });
}());
