// atelier Studio: the page's behaviour. Plain DOM, no framework, no build step.
// Everything that came from a user or a model is put on the page with textContent or as
// an attribute value, never parsed as HTML.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);

  // -- the token: given once in the URL, kept for this tab, then taken out of the URL ------
  const params = new URLSearchParams(location.search);
  const token = params.get("token") || sessionStorage.getItem("atelier-token") || "";
  if (params.has("token")) {
    sessionStorage.setItem("atelier-token", token);
    params.delete("token");
    const rest = params.toString();
    history.replaceState(null, "", location.pathname + (rest ? "?" + rest : ""));
  }

  const state = {
    config: null,
    thread: null,
    threads: [],
    compare: [],
    attached: [],
    editing: null,
    promoting: null,
    exporting: null,
    uploads: [],
    layerSeq: 0,
  };

  // -- small helpers -------------------------------------------------------------------------

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (value === true) node.setAttribute(key, "");
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function withToken(path) {
    if (!token) return path;
    return path + (path.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);
  }

  function imageUrl(sha, width) {
    return withToken(`/api/assets/${encodeURIComponent(sha)}` + (width ? `?w=${width}` : ""));
  }

  async function api(path, options = {}) {
    const init = { method: options.method || "GET", headers: {} };
    if (token) init.headers["X-Atelier-Token"] = token;
    if (options.json !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(options.json);
    } else if (options.form) {
      init.body = options.form;
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (err) {
      throw new Error("the Studio server cannot be reached");
    }
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      body = null;
    }
    if (!response.ok) {
      throw new Error((body && body.error) || `${response.status} ${response.statusText}`);
    }
    return body;
  }

  let toastTimer = 0;
  function toast(message, bad) {
    const node = $("toast");
    node.textContent = message;
    node.className = bad ? "bad" : "";
    node.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { node.hidden = true; }, 4500);
  }

  function money(value) {
    return value === null || value === undefined ? "–" : "$" + Number(value).toFixed(4);
  }

  function when(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleString();
  }

  // -- tabs ----------------------------------------------------------------------------------

  function showTab(name) {
    for (const button of document.querySelectorAll("#tabs button")) {
      button.classList.toggle("active", button.dataset.tab === name);
    }
    for (const section of document.querySelectorAll("main > .tab")) {
      section.hidden = section.id !== "tab-" + name;
    }
    if (name === "library") loadLibrary();
    if (name === "review") loadReview();
    if (name === "reports") loadReports();
  }

  // -- threads -------------------------------------------------------------------------------

  async function loadThreads() {
    const { threads } = await api("/api/threads");
    const known = new Set(threads.map((t) => t.id));
    const local = state.threads.filter((t) => t.local && !known.has(t.id));
    state.threads = [...local, ...threads];
    renderThreads();
  }

  function renderThreads() {
    const list = $("thread-list");
    list.replaceChildren(
      ...state.threads.map((t) =>
        el("li", null,
          el("button", {
            type: "button",
            class: t.id === state.thread ? "active" : "",
            dataset: { thread: t.id },
            onclick: () => openThread(t.id),
          },
          el("span", { class: "title", text: t.title || t.id }),
          el("span", { class: "muted small", text: [when(t.last), t.cost_usd ? money(t.cost_usd) : ""].filter(Boolean).join(" · ") || "no turns yet" })),
        ),
      ),
    );
  }

  async function newThread() {
    const { id } = await api("/api/threads", { method: "POST" });
    state.threads.unshift({ id, title: "", local: true });
    await openThread(id);
  }

  async function openThread(id) {
    state.thread = id;
    delete document.body.dataset.thread;
    renderThreads();
    $("thread-id").textContent = id;
    $("thread-title").textContent = "Thread";
    $("turns").replaceChildren();
    const view = await api(`/api/threads/${encodeURIComponent(id)}`);
    if (state.thread !== id) return;
    const first = view.turns.find((t) => t.brief);
    $("thread-title").textContent = first ? first.brief.slice(0, 80) : "New thread";
    for (const turn of view.turns) {
      const card = el("article", { class: "turn", dataset: { turn: turn.turn } });
      $("turns").append(card);
      renderTurn(card, turn);
    }
    loadCost();
    document.body.dataset.thread = id;
  }

  // -- turns ---------------------------------------------------------------------------------

  function badgeFor(review) {
    if (review === "pass") return el("span", { class: "badge pass", text: "passed review" });
    if (review === "review") return el("span", { class: "badge", text: "held for review" });
    if (review === "block") return el("span", { class: "badge block", text: "blocked" });
    return el("span", { class: "badge", text: "unreviewed" });
  }

  function newFrame(width, height) {
    const frame = el("div", { class: "frame" });
    if (width && height) frame.style.aspectRatio = `${width} / ${height}`;
    else frame.style.aspectRatio = "1 / 1";
    frame.append(badgeFor(null));
    return frame;
  }

  function addLayer(frame, src, kind) {
    const img = el("img", {
      class: `layer ${kind}`,
      decoding: "async",
      src,
      alt: kind === "partial" ? "partial image (unreviewed preview)" : "image",
      dataset: { seq: ++state.layerSeq },
    });
    frame.insertBefore(img, frame.querySelector(".badge"));
    return img;
  }

  function setBadge(frame, review) {
    const old = frame.querySelector(".badge");
    const badge = badgeFor(review);
    if (old) old.replaceWith(badge);
    else frame.append(badge);
  }

  function decisionLine(decision) {
    if (!decision) return null;
    const bits = [];
    if (decision.size) bits.push(decision.size);
    if (decision.quality && ["generate", "edit", "finalize"].includes(decision.action)) bits.push("quality " + decision.quality);
    if (decision.text) bits.push(`copy “${decision.text}”`);
    if (decision.reference_ids && decision.reference_ids.length) bits.push("references " + decision.reference_ids.join(", "));
    return el("div", { class: "decision" }, "Decision: ", el("b", { text: decision.action }), bits.length ? " · " + bits.join(" · ") : "");
  }

  function sentBlock(sent) {
    if (!sent) return null;
    return el("details", { class: "sent" },
      el("summary", { text: "Prompt and parameters sent" }),
      el("pre", { text: JSON.stringify(sent, null, 2) }));
  }

  function lineageStrip(lineage) {
    if (!lineage || lineage.length < 2) return null;
    const strip = el("div", { class: "lineage", title: "lineage: parent to child" });
    lineage.forEach((sha, i) => {
      if (i) strip.append(el("span", { class: "arrow", text: "→" }));
      strip.append(el("img", { src: imageUrl(sha, 96), alt: sha.slice(0, 12), title: sha.slice(0, 12), class: i === lineage.length - 1 ? "self" : "" }));
    });
    return el("div", null, el("div", { class: "muted small", text: "Lineage" }), strip);
  }

  function referencesBlock(refs) {
    if (!refs || !refs.length) return null;
    return el("div", { class: "refs" },
      el("div", { class: "muted small", text: "Brand references" }),
      ...refs.map((r) =>
        el("div", { class: "ref" + (r.used ? "" : " unused"), dataset: { ref: r.id } },
          el("img", { src: imageUrl(r.sha, 96), alt: r.id }),
          el("div", null,
            el("div", null, el("b", { text: r.id }), ` ${r.brand} · ${r.kind}`, r.used ? " · used" : " · not used"),
            r.description ? el("div", { text: r.description }) : null,
            el("div", { class: "why", text: r.why })))));
  }

  function imageCard(image, turn, frame) {
    frame = frame || newFrame(image.width, image.height);
    if (!frame.querySelector(".layer.final")) addLayer(frame, imageUrl(image.sha), "final");
    setBadge(frame, image.review);
    const meta = el("div", { class: "meta" },
      el("b", { text: image.size }), ` · ${image.quality} · `,
      el("b", { text: money(image.cost_usd) }),
      ` · review: ${image.review || "not reviewed"} · ${image.action} via ${image.surface}`);
    const notes = image.review_notes && image.review_notes.length
      ? el("ul", { class: "notes" }, ...image.review_notes.map((n) => el("li", { text: n })))
      : null;
    const card = el("figure", { class: "image-card", dataset: { sha: image.sha } },
      frame, meta, notes, lineageStrip(image.lineage), sentBlock(image.sent), imageMenu(image, turn));
    return card;
  }

  function imageMenu(image, turn) {
    const picked = state.compare.some((c) => c.sha === image.sha);
    return el("div", { class: "menu" },
      el("button", { type: "button", text: "Edit with mask", onclick: () => openEditor(image) }),
      el("button", { type: "button", text: "Finalize", onclick: () => finalize(image) }),
      el("button", { type: "button", text: "Export…", onclick: () => openExport(image) }),
      el("button", { type: "button", text: "Add to library…", onclick: () => openPromote(image.sha) }),
      el("button", { type: "button", class: picked ? "compare picked" : "compare", text: "Compare", onclick: () => toggleCompare(image, turn) }),
      el("a", { href: imageUrl(image.sha), target: "_blank", rel: "noopener", class: "small", text: "open" }));
  }

  function refusalBlock(refusal) {
    if (!refusal) return null;
    return el("div", { class: "refusal" },
      el("p", null, el("b", { text: "Refused: " }), refusal.reason),
      refusal.advice ? el("p", { class: "change", text: "What to change: " + refusal.advice }) : null,
      refusal.rule_ids && refusal.rule_ids.length ? el("p", { class: "small", text: "Policy rules: " + refusal.rule_ids.join(", ") }) : null,
      refusal.categories && refusal.categories.length ? el("p", { class: "small", text: "Categories: " + refusal.categories.join(", ") }) : null);
  }

  function questionBlock(card, turn) {
    const q = turn.question;
    if (!q) return null;
    const input = el("input", { type: "text", placeholder: "or type your answer", "aria-label": "answer" });
    const send = (answer) => {
      if (!answer.trim()) { input.focus(); return; }
      answerQuestion(card, turn, answer);
    };
    return el("div", { class: "question" },
      el("p", { text: q.text }),
      el("div", { class: "options" }, ...q.options.map((o) => el("button", { type: "button", class: "option", text: o, onclick: () => send(o) }))),
      el("form", { onsubmit: (e) => { e.preventDefault(); send(input.value); } }, input, el("button", { type: "submit", text: "Answer" })));
  }

  function renderTurn(card, turn, frames) {
    card.replaceChildren();
    card.classList.remove("live");
    card.dataset.turn = turn.turn;
    card.dataset.status = turn.status;
    card.append(el("div", { class: "brief", text: turn.brief }));
    if (turn.answer) card.append(el("div", { class: "answer", text: "answer: " + turn.answer }));
    const decision = decisionLine(turn.decision);
    if (decision) card.append(decision);
    if (turn.refusal) card.append(refusalBlock(turn.refusal));
    if (turn.status === "question") card.append(questionBlock(card, turn));
    if (turn.status === "running") {
      card.append(el("p", { class: "muted", text: "This turn is running; reopen the thread in a moment to see it." }));
    }
    if (turn.status === "unfinished") {
      card.append(el("p", { class: "muted" }, "This turn stopped part-way. ",
        el("button", { type: "button", text: "Resume", onclick: () => resumeTurn(card) })));
    }
    // With images or a refusal the cards below say it all; the message would repeat it.
    if (turn.message && turn.status !== "question" && !turn.images.length && !turn.refusal) {
      card.append(el("p", { class: "message", text: turn.message }));
    }
    if (turn.images.length) {
      card.append(el("div", { class: "images" }, ...turn.images.map((image, i) => imageCard(image, turn, frames && frames[image.sha] || (i === 0 && frames && frames.live) || null))));
    }
    const refs = referencesBlock(turn.references);
    if (refs) card.append(refs);
  }

  function liveCard(card, brief, answer) {
    card.classList.add("live");
    card.dataset.status = "running";
    card.replaceChildren(el("div", { class: "brief", text: brief }));
    if (answer) card.append(el("div", { class: "answer", text: "answer: " + answer }));
    const live = {
      card,
      progress: el("div", { class: "progress" }),
      decision: el("div"),
      stage: el("div", { class: "images" }),
      sent: el("div"),
      frames: {},
      call: null,
    };
    card.append(live.progress, live.decision, live.stage, live.sent);
    return live;
  }

  function follow(live, job) {
    const source = new EventSource(withToken(`/api/jobs/${encodeURIComponent(job)}/events`));
    const parse = (e) => JSON.parse(e.data);
    const liveFrame = (width, height) => {
      if (!live.frames.live) {
        live.frames.live = newFrame(width, height);
        live.stage.append(el("figure", { class: "image-card" }, live.frames.live));
      }
      return live.frames.live;
    };
    source.addEventListener("node", (e) => {
      const { node } = parse(e);
      live.progress.append(el("span", { class: "chip done", text: node }));
    });
    source.addEventListener("decision", (e) => {
      live.decision.replaceChildren(decisionLine(parse(e).decision) || "");
    });
    source.addEventListener("image_call", (e) => {
      const call = parse(e);
      live.call = call;
      const [w, h] = String(call.size || "1024x1024").split("x").map(Number);
      liveFrame(w, h);
      live.sent.replaceChildren(el("div", { class: "meta", text: `Image call: ${call.model} via ${call.surface}, ${call.size}, quality ${call.quality}, estimate ${money(call.estimate_usd)}` + (call.adjusted ? ` (size adjusted: ${call.adjusted})` : "") }));
    });
    source.addEventListener("partial", (e) => {
      const partial = parse(e);
      addLayer(liveFrame(), withToken(partial.url), "partial");
    });
    source.addEventListener("image", (e) => {
      const made = parse(e);
      made.images.forEach((image, i) => {
        let frame = i === 0 ? liveFrame(image.width, image.height) : null;
        if (!frame) {
          frame = newFrame(image.width, image.height);
          live.stage.append(el("figure", { class: "image-card" }, frame));
        }
        frame.style.aspectRatio = `${image.width} / ${image.height}`;
        addLayer(frame, imageUrl(image.sha), "final");
        live.frames[image.sha] = frame;
      });
      live.sent.append(sentBlock(made.sent));
    });
    source.addEventListener("reference_dropped", (e) => {
      const dropped = parse(e);
      live.progress.append(el("span", { class: "chip", text: `${dropped.id} dropped: ${dropped.why}` }));
    });
    source.addEventListener("result", (e) => {
      const { turn } = parse(e);
      renderTurn(live.card, turn, live.frames);
      afterTurn(turn);
      live.card.scrollIntoView({ block: "nearest" });
    });
    source.addEventListener("failed", (e) => {
      const { message } = parse(e);
      live.card.classList.remove("live");
      live.card.dataset.status = "failed";
      live.card.append(el("div", { class: "failed", text: message }));
    });
    source.addEventListener("end", () => source.close());
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        live.card.append(el("div", { class: "failed", text: "lost the connection to the turn's stream" }));
      }
    };
    return source;
  }

  function afterTurn(turn) {
    loadCost();
    loadThreads().catch(() => {});
    if (turn.images.some((i) => i.review === "review")) refreshReviewCount();
    if (!$("thread-title").textContent || $("thread-title").textContent === "New thread") {
      $("thread-title").textContent = turn.brief.slice(0, 80);
    }
  }

  function startJob(response, brief, answer, card) {
    card = card || el("article", { class: "turn" });
    if (!card.isConnected) $("turns").append(card);
    const live = liveCard(card, brief, answer);
    follow(live, response.job);
    card.scrollIntoView({ block: "nearest" });
    return live;
  }

  async function sendBrief(event) {
    event.preventDefault();
    $("composer-error").textContent = "";
    const brief = $("brief").value;
    if (!brief.trim()) { $("composer-error").textContent = "Write a brief first."; return; }
    if (!state.thread) await newThread();
    const form = new FormData();
    form.append("brief", brief);
    form.append("size", $("size").value);
    for (const file of state.attached) form.append("images", file, file.name);
    $("send").disabled = true;
    try {
      const response = await api(`/api/threads/${encodeURIComponent(state.thread)}/turns`, { method: "POST", form });
      $("brief").value = "";
      state.attached = [];
      $("attach").value = "";
      $("attached").textContent = "";
      startJob(response, brief);
    } catch (err) {
      $("composer-error").textContent = err.message;
    } finally {
      $("send").disabled = false;
    }
  }

  async function answerQuestion(card, turn, answer) {
    try {
      const response = await api(`/api/threads/${encodeURIComponent(state.thread)}/answer`, { method: "POST", json: { answer } });
      startJob(response, turn.brief, answer, card);
    } catch (err) {
      toast(err.message, true);
    }
  }

  async function resumeTurn(card) {
    try {
      const response = await api(`/api/threads/${encodeURIComponent(state.thread)}/resume`, { method: "POST" });
      startJob(response, "resuming the unfinished turn", null, card);
    } catch (err) {
      toast(err.message, true);
    }
  }

  async function finalize(image) {
    try {
      const response = await api(`/api/threads/${encodeURIComponent(state.thread)}/finalize`, { method: "POST", json: { asset: image.sha } });
      startJob(response, `Finalize draft ${image.sha.slice(0, 12)}`);
    } catch (err) {
      toast(err.message, true);
    }
  }

  // -- the mask editor -----------------------------------------------------------------------

  const editor = { painting: false, last: null, painted: false };

  function openEditor(image) {
    state.editing = image;
    const img = $("editor-img");
    const canvas = $("editor-canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext("2d").clearRect(0, 0, canvas.width, canvas.height);
    editor.painted = false;
    img.src = imageUrl(image.sha);
    $("editor-brief").value = "";
    $("editor-error").textContent = "";
    $("editor").showModal();
  }

  function canvasPoint(event) {
    const canvas = $("editor-canvas");
    const box = canvas.getBoundingClientRect();
    return {
      x: (event.clientX - box.left) * (canvas.width / box.width),
      y: (event.clientY - box.top) * (canvas.height / box.height),
      scale: canvas.width / box.width,
    };
  }

  function paint(from, to) {
    const ctx = $("editor-canvas").getContext("2d");
    const brush = Number($("editor-brush").value) * to.scale;
    ctx.globalCompositeOperation = $("editor-erase").checked ? "destination-out" : "source-over";
    ctx.strokeStyle = ctx.fillStyle = "#ff2d78";
    ctx.lineWidth = brush;
    ctx.lineCap = ctx.lineJoin = "round";
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + 0.01, to.y);
    ctx.stroke();
    if (!$("editor-erase").checked) editor.painted = true;
  }

  function paintedAnything() {
    const canvas = $("editor-canvas");
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) return true;
    return false;
  }

  function maskBlob() {
    // The image model edits where the mask is transparent: opaque everywhere, cut out where painted.
    const paintCanvas = $("editor-canvas");
    const mask = document.createElement("canvas");
    mask.width = paintCanvas.width;
    mask.height = paintCanvas.height;
    const ctx = mask.getContext("2d");
    ctx.fillStyle = "#000";
    ctx.fillRect(0, 0, mask.width, mask.height);
    ctx.globalCompositeOperation = "destination-out";
    ctx.drawImage(paintCanvas, 0, 0);
    return new Promise((resolve) => mask.toBlob(resolve, "image/png"));
  }

  async function sendEdit() {
    const image = state.editing;
    const brief = $("editor-brief").value;
    $("editor-error").textContent = "";
    if (!paintedAnything()) { $("editor-error").textContent = "Paint the area to change first."; return; }
    if (!brief.trim()) { $("editor-error").textContent = "Say what should change in the painted area."; return; }
    const form = new FormData();
    form.append("brief", brief);
    form.append("image", image.sha);
    form.append("mask", await maskBlob(), "mask.png");
    $("editor-send").disabled = true;
    try {
      const response = await api(`/api/threads/${encodeURIComponent(state.thread)}/turns`, { method: "POST", form });
      $("editor").close();
      startJob(response, brief);
    } catch (err) {
      $("editor-error").textContent = err.message;
    } finally {
      $("editor-send").disabled = false;
    }
  }

  function setUpEditor() {
    const canvas = $("editor-canvas");
    canvas.addEventListener("pointerdown", (e) => {
      editor.painting = true;
      canvas.setPointerCapture(e.pointerId);
      editor.last = canvasPoint(e);
      paint(editor.last, editor.last);
    });
    canvas.addEventListener("pointermove", (e) => {
      if (!editor.painting) return;
      const point = canvasPoint(e);
      paint(editor.last, point);
      editor.last = point;
    });
    const stop = () => { editor.painting = false; editor.last = null; };
    canvas.addEventListener("pointerup", stop);
    canvas.addEventListener("pointercancel", stop);
    $("editor-brush").addEventListener("input", () => { $("editor-brush-value").textContent = $("editor-brush").value + " px"; });
    $("editor-clear").addEventListener("click", () => {
      canvas.getContext("2d").clearRect(0, 0, canvas.width, canvas.height);
      editor.painted = false;
    });
    $("editor-cancel").addEventListener("click", () => $("editor").close());
    $("editor-send").addEventListener("click", sendEdit);
  }

  // -- compare, export, promote --------------------------------------------------------------

  function toggleCompare(image, turn) {
    const at = state.compare.findIndex((c) => c.sha === image.sha);
    if (at >= 0) state.compare.splice(at, 1);
    else {
      state.compare.push({ sha: image.sha, label: `${image.size} · ${image.quality} · ${image.action}`, brief: turn.brief });
      if (state.compare.length > 2) state.compare.shift();
    }
    const picked = new Set(state.compare.map((c) => c.sha));
    for (const button of document.querySelectorAll(".image-card .menu button.compare")) {
      button.classList.toggle("picked", picked.has(button.closest(".image-card").dataset.sha));
    }
    $("compare-picks").replaceChildren(...state.compare.map((c) => el("img", { src: imageUrl(c.sha, 96), alt: c.sha.slice(0, 12) })));
    $("compare-open").disabled = state.compare.length !== 2;
  }

  function openCompare() {
    $("compare-body").replaceChildren(...state.compare.map((c) =>
      el("figure", null, el("img", { src: imageUrl(c.sha), alt: c.sha.slice(0, 12) }),
        el("figcaption", null, el("div", { text: c.label }), el("div", { text: c.brief }), el("div", { class: "mono", text: c.sha.slice(0, 12) })))));
    $("compare").showModal();
  }

  function openExport(image) {
    state.exporting = image;
    $("export-error").textContent = "";
    $("export-result").replaceChildren();
    $("export").showModal();
  }

  async function sendExport(event) {
    event.preventDefault();
    $("export-error").textContent = "";
    try {
      const result = await api(`/api/assets/${encodeURIComponent(state.exporting.sha)}/export`, {
        method: "POST",
        json: { preset: $("export-preset").value, format: $("export-format").value, fit: $("export-fit").value, thread: state.thread },
      });
      $("export-result").replaceChildren(
        el("p", null, `Exported ${result.channel} ${result.size} (${result.note}). `,
          el("a", { href: withToken(`/api/assets/${encodeURIComponent(result.sha)}?download=1`), text: "Download" })),
        lineageStrip(result.lineage) || "");
    } catch (err) {
      $("export-error").textContent = err.message;
    }
  }

  function openPromote(sha) {
    state.promoting = sha;
    $("promote-error").textContent = "";
    $("promote").showModal();
  }

  async function sendPromote(event) {
    event.preventDefault();
    $("promote-error").textContent = "";
    try {
      const result = await api(`/api/assets/${encodeURIComponent(state.promoting)}/promote`, {
        method: "POST",
        json: {
          brand: $("promote-brand").value,
          kind: $("promote-kind").value,
          tags: $("promote-tags").value,
          description: $("promote-description").value,
        },
      });
      $("promote").close();
      toast(`Added as ${result.reference.id} (pending): approve it in the brand library.`);
    } catch (err) {
      $("promote-error").textContent = err.message;
    }
  }

  // -- cost ----------------------------------------------------------------------------------

  async function loadCost() {
    try {
      const cost = await api("/api/cost" + (state.thread ? `?thread=${encodeURIComponent(state.thread)}` : ""));
      $("cost-thread").textContent = money(cost.thread_usd);
      $("cost-today").textContent = money(cost.today_usd);
      $("cost-session-left").textContent = cost.session_budget_usd ? `${money(cost.session_left_usd)} of ${money(cost.session_budget_usd)}` : "no limit";
      $("cost-daily-left").textContent = cost.daily_budget_usd ? `${money(cost.daily_left_usd)} of ${money(cost.daily_budget_usd)}` : "no limit";
    } catch (err) {
      $("cost-thread").textContent = "–";
    }
  }

  // -- brand library -------------------------------------------------------------------------

  function pendingUploads(files) {
    for (const file of files) state.uploads.push(file);
    $("upload-pending").replaceChildren(...state.uploads.map((f) => el("li", { text: `${f.name} (${(f.size / 1048576).toFixed(1)} MB)` })));
  }

  async function sendUploads(event) {
    event.preventDefault();
    const results = $("upload-result");
    results.replaceChildren();
    if (!state.uploads.length) {
      results.append(el("li", { class: "bad", text: "Choose or drop at least one image." }));
      return;
    }
    const files = state.uploads.splice(0);
    $("upload-pending").replaceChildren();
    $("upload-send").disabled = true;
    // One request per file: each gets its own answer, and no request carries more than one image.
    for (const file of files) {
      const form = new FormData();
      form.append("brand", $("upload-brand").value);
      form.append("kind", $("upload-kind").value);
      form.append("tags", $("upload-tags").value);
      form.append("description", $("upload-description").value);
      form.append("files", file, file.name);
      try {
        const result = await api("/api/brand", { method: "POST", form });
        for (const added of result.added) {
          const r = added.reference;
          results.append(el("li", { class: "ok", text: `added ${r.id} (${r.brand} ${r.kind}, ${r.width}x${r.height}) pending` }));
          for (const near of added.near_duplicates) results.append(el("li", { class: "muted", text: `  near duplicate of ${near.id} (${near.bits} of 64 bits differ)` }));
        }
        for (const skipped of result.skipped) results.append(el("li", { class: "bad", text: `skipped ${skipped.source}: ${skipped.reason}` }));
      } catch (err) {
        results.append(el("li", { class: "bad", text: `skipped ${file.name}: ${err.message}` }));
      }
    }
    $("upload-send").disabled = false;
    loadLibrary();
  }

  function setUpUploads() {
    const zone = $("dropzone");
    zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("over");
      pendingUploads(e.dataTransfer.files);
    });
    $("upload-files").addEventListener("change", (e) => { pendingUploads(e.target.files); e.target.value = ""; });
    $("upload").addEventListener("submit", sendUploads);
  }

  async function loadLibrary(event) {
    if (event) event.preventDefault();
    const query = new URLSearchParams({
      q: $("lib-q").value,
      status: $("lib-status").value,
      brand: $("lib-brand").value,
      kind: $("lib-kind").value,
    });
    let result;
    try {
      result = await api("/api/brand?" + query.toString());
    } catch (err) {
      $("lib-summary").textContent = err.message;
      return;
    }
    const brand = $("lib-brand");
    const chosen = brand.value;
    brand.replaceChildren(el("option", { value: "", text: "all brands" }), ...result.brands.map((b) => el("option", { value: b, text: b })));
    brand.value = chosen;
    $("lib-summary").textContent = `${result.references.length} reference${result.references.length === 1 ? "" : "s"}` + ($("lib-q").value ? ` matching “${$("lib-q").value}”` : "");
    $("lib-grid").replaceChildren(...result.references.map(refCard));
  }

  function refCard(ref) {
    const reviewer = () => $("reviewer").value || (state.config && state.config.reviewer) || "web";
    const act = async (path, json) => {
      try {
        await api(`/api/brand/${encodeURIComponent(ref.id)}/${path}`, { method: "POST", json });
        loadLibrary();
      } catch (err) {
        toast(err.message, true);
      }
    };
    return el("div", { class: "ref-card", dataset: { ref: ref.id } },
      el("img", { src: imageUrl(ref.sha, 320), alt: ref.id }),
      el("div", null, el("b", { text: ref.id }), " ", el("span", { class: "status " + ref.status, text: ref.status })),
      el("div", { class: "small", text: `${ref.brand} · ${ref.kind} · ${ref.width}x${ref.height}` }),
      ref.description ? el("div", { class: "desc", text: ref.description }) : null,
      ref.tags.length ? el("div", { class: "small muted", text: "tags: " + ref.tags.join(", ") }) : null,
      ref.promoted_from ? el("div", { class: "small muted", text: "promoted from " + ref.promoted_from.slice(0, 12) }) : null,
      ref.why ? el("div", { class: "small muted", text: `${ref.why} (score ${ref.score})` }) : null,
      ref.approved_by ? el("div", { class: "small muted", text: `approved by ${ref.approved_by} ${when(ref.approved_at)}` }) : null,
      el("div", { class: "menu" },
        ref.status === "pending" ? el("button", { type: "button", text: "Approve", onclick: () => act("approve", { by: reviewer() }) }) : null,
        ref.status !== "retired" ? el("button", { type: "button", text: "Retire", onclick: () => act("retire", {}) }) : null,
        el("button", { type: "button", text: "Where used", onclick: () => showUses(ref) })));
  }

  async function showUses(ref) {
    $("uses-title").textContent = `Where ${ref.id} was used`;
    $("uses-list").replaceChildren(el("li", { class: "muted", text: "looking…" }));
    $("uses").showModal();
    try {
      const { uses } = await api(`/api/brand/${encodeURIComponent(ref.id)}/uses`);
      $("uses-list").replaceChildren(...(uses.length ? uses.map((u) =>
        el("li", null,
          el("button", { type: "button", class: "small", text: `${u.thread_id} turn ${u.turn}`, onclick: () => { $("uses").close(); showTab("chat"); openThread(u.thread_id); } }),
          " ", u.brief, " ",
          ...u.images.map((sha) => el("img", { src: imageUrl(sha, 96), alt: sha.slice(0, 12), width: 40, height: 40 })))) :
        [el("li", { class: "muted", text: "not used by any turn yet" })]));
    } catch (err) {
      $("uses-list").replaceChildren(el("li", { class: "error", text: err.message }));
    }
  }

  // -- review queue --------------------------------------------------------------------------

  async function refreshReviewCount() {
    try {
      const { stats } = await api("/api/review?status=open");
      $("review-count").textContent = stats.open ? String(stats.open) : "";
    } catch (err) {
      $("review-count").textContent = "";
    }
  }

  async function loadReview() {
    let result;
    try {
      result = await api("/api/review?status=" + $("review-status").value);
    } catch (err) {
      $("review-list").replaceChildren(el("p", { class: "error", text: err.message }));
      return;
    }
    showReviewStats(result.stats);
    $("review-list").replaceChildren(...(result.items.length ? result.items.map(reviewItem) : [el("p", { class: "muted", text: "Nothing waiting for review." })]));
  }

  function showReviewStats(s) {
    $("review-stats").textContent = `${s.open} open, ${s.approved} approved, ${s.rejected} rejected; review time ${Math.round(s.seconds_total)} s (median ${Math.round(s.seconds_median)} s)`;
    $("review-count").textContent = s.open ? String(s.open) : "";
  }

  async function loadReviewStats() {
    try {
      showReviewStats((await api("/api/review?status=open")).stats);
    } catch (err) {
      $("review-stats").textContent = err.message;
    }
  }

  function reviewItem(item, opened) {
    const box = el("div", { class: "review-item" + (opened ? " opened" : ""), dataset: { item: item.id, status: item.status } });
    const body = el("div", null,
      el("div", null, el("b", { text: item.id }), " ", el("span", { class: "status " + (item.status === "approved" ? "approved" : item.status === "open" ? "pending" : "retired"), text: item.status })),
      el("div", { class: "small muted", text: `thread ${item.thread_id || "–"} · opened ${when(item.opened_at)}` }),
      el("div", { class: "small", text: "Why it was held:" }),
      el("ul", { class: "reasons" }, ...item.reasons.map((r) => el("li", { text: r }))));
    if (item.status === "open" && !opened) {
      body.append(el("button", { type: "button", class: "primary", text: "Open for review", onclick: async () => {
        try {
          const started = await api(`/api/review/${encodeURIComponent(item.id)}/open`, { method: "POST" });
          box.replaceWith(reviewItem(started, true));
        } catch (err) { toast(err.message, true); }
      } }));
    } else if (item.status === "open") {
      const note = el("input", { type: "text", placeholder: "note (why)", "aria-label": "note" });
      const decide = async (verdict) => {
        const by = $("reviewer").value.trim();
        if (!by) { toast("Type your name as reviewer first (top right).", true); $("reviewer").focus(); return; }
        try {
          const decided = await api(`/api/review/${encodeURIComponent(item.id)}/${verdict}`, { method: "POST", json: { by, note: note.value } });
          box.replaceWith(reviewItem(decided, true));
          loadReviewStats();
        } catch (err) { toast(err.message, true); }
      };
      body.append(el("div", { class: "row" }, note,
        el("button", { type: "button", class: "primary", text: "Approve", onclick: () => decide("approve") }),
        el("button", { type: "button", text: "Reject", onclick: () => decide("reject") })));
    } else {
      body.append(el("p", { class: "small", text: `${item.status} by ${item.reviewer} after ${Math.round(item.seconds_spent || 0)} s` + (item.note ? `: ${item.note}` : "") }));
      if (item.status === "approved") {
        body.append(el("button", { type: "button", text: "Add to library…", onclick: () => openPromote(item.sha) }));
      }
    }
    box.append(el("img", { src: imageUrl(item.sha, opened ? 640 : 160), alt: item.sha.slice(0, 12) }), body);
    return box;
  }

  // -- reports -------------------------------------------------------------------------------

  async function loadReports() {
    try {
      const { reports } = await api("/api/reports");
      $("report-list").replaceChildren(...(reports.length ? reports.map((r) =>
        el("li", null, el("a", { href: withToken(`/reports/${encodeURIComponent(r.id)}/report.html`), target: "_blank", rel: "noopener", text: r.name }),
          el("span", { class: "muted small", text: " · " + new Date(r.modified * 1000).toLocaleString() }))) :
        [el("li", { class: "muted", text: "No reports found." })]));
    } catch (err) {
      $("report-list").replaceChildren(el("li", { class: "error", text: err.message }));
    }
  }

  // -- start ---------------------------------------------------------------------------------

  async function start() {
    for (const button of document.querySelectorAll("#tabs button")) button.addEventListener("click", () => showTab(button.dataset.tab));
    $("new-thread").addEventListener("click", () => newThread().catch((err) => toast(err.message, true)));
    $("composer").addEventListener("submit", sendBrief);
    $("brief").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("composer").requestSubmit(); });
    $("attach").addEventListener("change", (e) => {
      state.attached = Array.from(e.target.files);
      $("attached").textContent = state.attached.map((f) => f.name).join(", ");
    });
    $("compare-open").addEventListener("click", openCompare);
    $("compare-close").addEventListener("click", () => $("compare").close());
    $("export-form").addEventListener("submit", sendExport);
    $("export-cancel").addEventListener("click", () => $("export").close());
    $("promote-form").addEventListener("submit", sendPromote);
    $("promote-cancel").addEventListener("click", () => $("promote").close());
    $("uses-close").addEventListener("click", () => $("uses").close());
    $("lib-filter").addEventListener("submit", loadLibrary);
    for (const id of ["lib-brand", "lib-kind", "lib-status"]) $(id).addEventListener("change", () => loadLibrary());
    $("review-status").addEventListener("change", loadReview);
    $("reviewer").addEventListener("change", () => localStorage.setItem("atelier-reviewer", $("reviewer").value));
    setUpEditor();
    setUpUploads();

    try {
      state.config = await api("/api/config");
    } catch (err) {
      document.body.prepend(el("p", { class: "failed", text: err.message }));
      return;
    }
    const c = state.config;
    $("provider").textContent = `${c.provider} · ${c.image_model}`;
    $("reviewer").value = localStorage.getItem("atelier-reviewer") || c.reviewer;
    $("size").append(...c.sizes.map((s) => el("option", { value: s.name, text: `${s.name} ${s.size}` })));
    $("export-preset").replaceChildren(...c.channels.map((ch) => el("option", { value: ch.name, text: `${ch.name} ${ch.size} (${ch.label})` })));
    for (const id of ["upload-kind", "promote-kind"]) $(id).replaceChildren(...c.kinds.map((k) => el("option", { value: k, text: k })));
    $("promote-kind").value = "style";
    $("upload-kind").value = "photo";
    $("lib-kind").append(...c.kinds.map((k) => el("option", { value: k, text: k })));
    await loadThreads();
    refreshReviewCount();
    if (state.threads.length) await openThread(state.threads[0].id);
    else await newThread();
  }

  start().catch((err) => toast(err.message, true));
})();
