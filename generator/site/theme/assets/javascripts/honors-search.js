/* The site's search worker: answers Material's search box (the same messages as Material's own
 * worker) with MiniSearch, so that
 *   - results containing every word of the query come first, then those containing some;
 *   - a person's name, a library's name or a case's title typed whole puts that page first;
 *   - a Chinese query is cut into the words the index holds (the index was cut by jieba at
 *     build time, with zero-width spaces between words), the fewest words possible.
 * It reads the index Material's page script hands it (search/search_index.json, or
 * search/search_index.js from disk) and needs no other host. It runs as a worker; on a site
 * opened from disk (file://), where a browser starts no worker, honors-offline.js runs it in
 * the page instead (it then offers `HonorsSearch.answer` and listens to nothing).
 */
/* global MiniSearch */
(function (scope) {
"use strict"

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
var SEPARATOR = /[\s\u200b\u3000\-、。，．？！；：:,.!?()（）《》〈〉“”"'‘’\[\]【】{}|/·…]+/u
var HAN = /\p{Script=Han}/u
var TAG = /<[^>]*>/g

var FEW = 10  // fewer results with every word than this: also show those with some
var state = null

function plain(html) {
  return html.replace(TAG, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&")
}

function squash(text) {
  return text.replace(/[\s\u200b]+/g, "").toLowerCase()
}

function tokens(text) {
  return text.split(SEPARATOR).filter(Boolean).map(function (t) { return t.toLowerCase() })
}

function setup(data) {
  var docs = data.docs
  var vocabulary = new Set()
  var records = docs.map(function (doc, id) {
    var title = plain(doc.title || ""), text = plain(doc.text || "")
    tokens(title + " " + text).forEach(function (t) { vocabulary.add(t) })
    return { id: id, title: title, text: text }
  })
  var engine = new MiniSearch({
    fields: ["title", "text"],
    tokenize: tokens,
    processTerm: function (term) { return term.toLowerCase() || null }
  })
  engine.addAll(records)
  state = {
    docs: docs,
    engine: engine,
    vocabulary: vocabulary,
    whole: records.map(function (r) { return { title: squash(r.title), text: squash(r.text) } }),
    byLocation: new Map(docs.map(function (d) { return [d.location, d] }))
  }
}

/* A run of Chinese characters cut into the fewest words of the index (one character where
 * no word fits), longest words first on a tie. */
function segmentHan(run, vocabulary) {
  var n = run.length, best = [[]], i, j
  for (i = 1; i <= n; i++) {
    best[i] = null
    for (j = Math.max(0, i - 12); j < i; j++) {
      var word = run.slice(j, i)
      if (best[j] && (i - j === 1 || vocabulary.has(word))) {
        var cut = best[j].concat([word])
        if (!best[i] || cut.length < best[i].length) best[i] = cut
      }
    }
  }
  return best[n]
}

function queryTerms(query, vocabulary) {
  var terms = []
  tokens(query).forEach(function (part) {
    if (vocabulary.has(part) || !HAN.test(part)) {
      terms.push(part)
      return
    }
    part.split(/(\p{Script=Han}+)/u).filter(Boolean).forEach(function (piece) {
      if (HAN.test(piece)) terms.push.apply(terms, segmentHan(piece, vocabulary))
      else terms.push(piece)
    })
  })
  return terms.filter(function (t, i) { return terms.indexOf(t) === i })
}

function options(combineWith) {
  return {
    combineWith: combineWith,
    boost: { title: 6 },
    // A word of two or more characters also finds longer words it starts (阅读 → 阅读推广).
    prefix: function (term) { return term.length > 1 },
    boostDocument: function (id) {
      var boost = state.docs[id].boost
      return typeof boost === "number" ? boost : 1
    }
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/* Marks the query's words in an HTML string's text (never inside a tag). */
function highlight(html, terms) {
  if (!terms.length) return html
  var pattern = new RegExp("(" + terms.map(function (t) {
    return Array.from(t).map(escapeRegExp).join("\u200b?")
  }).join("|") + ")", "giu")
  return html.split(/(<[^>]*>)/).map(function (part) {
    return part.charAt(0) === "<" ? part : part.replace(pattern, "<mark>$1</mark>")
  }).join("")
}

function search(query) {
  if (!state) return { items: [] }
  var terms = queryTerms(query, state.vocabulary)
  if (!terms.length) return { items: [] }
  var whole = squash(query.replace(SEPARATOR, ""))
  var found = new Map()

  function collect(results, complete) {
    results.forEach(function (r) {
      if (found.has(r.id)) return
      var matched = new Set(r.queryTerms)
      var score = r.score
      var w = state.whole[r.id]
      if (whole.length > 1) {
        if (w.title === whole) score *= 20
        else if (w.title.indexOf(whole) >= 0) score *= 8
        else if (w.text.indexOf(whole) >= 0) score *= 2
      }
      found.set(r.id, {
        id: r.id, complete: complete, score: score,
        terms: terms.reduce(function (map, t) { map[t] = matched.has(t); return map }, {})
      })
    })
  }
  collect(state.engine.search({ combineWith: "AND", queries: terms }, options("AND")), true)
  // Pages with only some of the words follow, when those with all are few: and only those
  // with at least half the words (a library's name shares 图书馆 with every page).
  if (terms.length > 1 && found.size < FEW) {
    var half = Math.ceil(terms.length / 2)
    collect(state.engine.search({ combineWith: "OR", queries: terms }, options("OR")).filter(
      function (r) { return r.queryTerms.length >= half }), false)
  }

  // Every result with all the words before any with some; then by score.
  var ranked = Array.from(found.values()).sort(function (a, b) {
    return (b.complete - a.complete) || (b.score - a.score)
  })
  var groups = new Map()
  ranked.forEach(function (hit) {
    var doc = state.docs[hit.id]
    var page = doc.location.split("#")[0]
    var shown = terms.filter(function (t) { return hit.terms[t] })
    var item = {
      location: doc.location,
      title: highlight(doc.title, shown),
      text: highlight(doc.text, shown),
      score: hit.score,
      terms: hit.terms
    }
    if (doc.tags) item.tags = doc.tags
    if (!groups.has(page)) groups.set(page, [])
    groups.get(page).push(item)
  })
  // Material shows each page with its sections: the page itself must be in its group.
  groups.forEach(function (items, page) {
    if (!items.some(function (i) { return i.location === page })) {
      var article = state.byLocation.get(page)
      if (article) items.push({ location: page, title: article.title, text: article.text, score: 0, terms: {} })
    }
  })
  return { items: Array.from(groups.values()) }
}

/* The reply to one of Material's messages (null when none is due). */
function answer(message) {
  if (message.type === SETUP) {
    setup(message.data)
    return { type: READY }
  }
  if (message.type === QUERY) {
    var data
    try {
      data = search(message.data)
    } catch (err) {
      data = { items: [] }
    }
    return { type: RESULT, data: data }
  }
  return null
}

if (typeof scope.importScripts === "function") {  // a worker
  scope.importScripts("vendor/minisearch.js")
  scope.addEventListener("message", function (ev) {
    var reply = answer(ev.data)
    if (reply) scope.postMessage(reply)
  })
} else {
  scope.HonorsSearch = { answer: answer }
}
})(self)
