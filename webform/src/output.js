// The three ways out: copy, download, and GitHub's new-file page with name and content.

// GitHub refuses request lines much past 8 KB; Chinese text triples in a URL (%E4%B8%AD).
export const MAX_URL = 7000;

function copyWithSelection(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Copy text to the clipboard; true when it worked. Synchronous first, so that a window
 * opened right after still counts as opened by the click. */
export async function copyText(text) {
  if (copyWithSelection(text)) return true;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/yaml;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** GitHub's new-file page for name in folder, with the content when it fits in the URL. */
export function githubUrls(repoUrl, branch, folder, name, text) {
  const path = folder.split("/").map(encodeURIComponent).join("/");
  const base = `${repoUrl}/new/${encodeURIComponent(branch)}/${path}?filename=${encodeURIComponent(name)}`;
  const full = `${base}&value=${encodeURIComponent(text)}`;
  return { full: full.length <= MAX_URL ? full : null, nameOnly: base };
}
