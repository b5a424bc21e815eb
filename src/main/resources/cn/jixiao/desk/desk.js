// The desk's page: uploads one file per request, runs the long jobs with a progress bar, and
// refreshes the sections the server renders. No framework, nothing loaded from elsewhere.
"use strict";
(function () {
  const token = document.querySelector('meta[name="jixiao-token"]').content;
  const maxUpload = Number(document.querySelector('meta[name="jixiao-max-upload"]').content);
  const words = {};
  document.getElementById("words").content.querySelectorAll("span").forEach(s => { words[s.dataset.key] = s.textContent; });
  const MAX_FILES_AT_ONCE = 200;

  function post(url, body) {
    return fetch(url, { method: "POST", headers: { "X-Jixiao-Token": token }, body: body, credentials: "same-origin" })
      .then(r => r.json().catch(() => ({ ok: false, message: r.status + " " + r.statusText })))
      .catch(e => ({ ok: false, message: String(e) }));
  }

  function say(text, ok) {
    const m = document.getElementById("message");
    m.textContent = text;
    m.classList.remove("hidden");
    m.classList.toggle("fail", !ok);
  }

  const loading = {};
  const again = {};
  function refresh(part) {
    if (loading[part]) { again[part] = true; return loading[part]; }
    const box = document.getElementById("part-" + part);
    loading[part] = fetch("/part/" + part, { credentials: "same-origin" })
      .then(r => r.text())
      .then(html => { box.innerHTML = html; box.dataset.loaded = String(Date.now()); })
      .finally(() => {
        loading[part] = null;
        if (again[part]) { again[part] = false; refresh(part); }
      });
    return loading[part];
  }

  function refreshReturns() {
    return refresh("returns").then(() => Promise.all([refresh("check"), refresh("changes")]));
  }

  // ---- long jobs: fill and rollup ----
  let polling = null;
  function watchJob(after) {
    const box = document.getElementById("job");
    const bar = document.getElementById("job-bar");
    box.classList.remove("hidden");
    clearInterval(polling);
    polling = setInterval(() => {
      fetch("/job", { credentials: "same-origin" }).then(r => r.json()).then(job => {
        document.getElementById("job-label").textContent = job.label;
        bar.max = Math.max(job.total, 1);
        bar.value = job.done;
        document.getElementById("job-count").textContent = job.total ? job.done + "/" + job.total : "";
        if (!job.running) {
          clearInterval(polling);
          box.classList.add("hidden");
          document.querySelectorAll("button[data-action]").forEach(b => { b.disabled = false; });
          if (job.error) { say(words["job.failed"] + "：" + job.error, false); } else { say(job.message, true); }
          after();
        }
      });
    }, 400);
  }

  function start(action) {
    const force = action === "fill" && document.getElementById("fill-force").checked;
    document.querySelectorAll("button[data-action]").forEach(b => { b.disabled = true; });
    post("/" + action + (force ? "?force=true" : ""), null).then(r => {
      if (!r.ok) {
        document.querySelectorAll("button[data-action]").forEach(b => { b.disabled = false; });
        say(r.message, false);
        return;
      }
      say(r.message + "……", true);
      watchJob(() => action === "fill" ? refresh("packs") : refresh("book"));
    });
  }

  document.addEventListener("click", e => {
    const b = e.target.closest("button[data-action]");
    if (b) { start(b.dataset.action); }
  });

  // ---- uploads: one request per file, each file's outcome listed ----
  function logLine(text, ok) {
    const li = document.createElement("li");
    li.textContent = text;
    li.className = ok ? "ok" : "fail";
    document.getElementById("upload-log").prepend(li);
  }

  async function sendReturns(files) {
    if (files.length > MAX_FILES_AT_ONCE) { say(words["upload.tooManyAtOnce"], false); return; }
    for (const f of files) {
      if (!/\.xlsx?$/i.test(f.name)) { logLine(f.name + "：" + words["upload.notWorkbook"], false); continue; }
      if (f.size > maxUpload) { logLine(f.name + "：" + words["upload.tooLarge"], false); continue; }
      const r = await post("/upload/return?name=" + encodeURIComponent(f.name), f);
      logLine(r.message, r.ok);
      if (r.ok) { refreshReturns(); }
    }
  }

  const input = document.getElementById("returns-input");
  input.addEventListener("change", () => { sendReturns(Array.from(input.files)).then(() => { input.value = ""; }); });
  const drop = document.getElementById("drop");
  ["dragenter", "dragover"].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.remove("over"); }));
  drop.addEventListener("drop", e => sendReturns(Array.from(e.dataTransfer.files)));

  const registryInput = document.getElementById("registry-input");
  registryInput.addEventListener("change", () => {
    const f = registryInput.files[0];
    if (!f) { return; }
    if (f.size > maxUpload) { say(f.name + "：" + words["upload.tooLarge"], false); registryInput.value = ""; return; }
    say(words["upload.sending"] + " " + f.name + "……", true);
    post("/upload/registry?name=" + encodeURIComponent(f.name), f).then(r => {
      say(r.message, r.ok);
      registryInput.value = "";
      if (r.ok) { refresh("registry").then(refreshReturns); }
    });
  });

  // ---- files that arrive by other means (copied into the folder by hand) show up too ----
  let stamp = null;
  setInterval(() => {
    fetch("/stamp", { credentials: "same-origin" }).then(r => r.json()).then(s => {
      if (stamp !== null && s.stamp !== stamp) { refreshReturns(); refresh("registry"); }
      stamp = s.stamp;
    }).catch(() => {});
  }, 5000);

  refreshReturns();
  if (!document.getElementById("job").classList.contains("hidden")) {
    watchJob(() => { refresh("packs"); refresh("book"); });
  }
})();
