/* Search on a site opened from disk (file://), as a pull request's preview is.
 *
 * From disk, Material's page script reads the index from search/search_index.js (written by
 * the honors plugin beside search_index.json), but the browser starts no worker from a
 * file:// address. Here the site's search worker (honors-search.js) is then loaded into the
 * page by script tags and answered through a stand-in with a worker's few methods; any other
 * worker, and every site served over HTTP(S), is left to the browser.
 */
(function () {
  "use strict"
  if (location.protocol !== "file:" || typeof window.Worker !== "function") return
  var NativeWorker = window.Worker
  var SEARCH = /\/honors-search\.js$/

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script")
      script.src = src
      script.onload = resolve
      script.onerror = function () { reject(new Error("无法载入 " + src)) }
      document.head.appendChild(script)
    })
  }

  function PageWorker(href) {
    var listeners = []
    var ready = load(new URL("vendor/minisearch.js", href).href).then(function () { return load(href) })
    this.addEventListener = function (type, listener) {
      if (type === "message") listeners.push(listener)
    }
    this.removeEventListener = function (type, listener) {
      listeners = listeners.filter(function (l) { return l !== listener })
    }
    this.postMessage = function (message) {
      ready.then(function () {
        var reply = window.HonorsSearch.answer(message)
        if (reply) listeners.forEach(function (l) { l({ data: reply }) })
      })
    }
    this.terminate = function () { listeners = [] }
  }

  window.Worker = function (url, options) {
    var href = new URL(url, location.href).href
    if (SEARCH.test(href.split(/[?#]/)[0])) return new PageWorker(href)
    return new NativeWorker(url, options)
  }
})()
