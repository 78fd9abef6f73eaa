// The draft in this browser's localStorage, one per year and form; nothing leaves the browser.

function key(year, kind) {
  return `honors-form/${year}/${kind}`;
}

export function loadDraft(year, kind) {
  try {
    const text = window.localStorage.getItem(key(year, kind));
    return text ? JSON.parse(text) : null;
  } catch {
    return null; // storage off (private mode) or a damaged draft: start empty
  }
}

export function saveDraft(year, kind, draft) {
  try {
    window.localStorage.setItem(key(year, kind), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(year, kind) {
  try {
    window.localStorage.removeItem(key(year, kind));
  } catch {
    // nothing stored
  }
}
