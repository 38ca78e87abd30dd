// Lien's sandbox page: each pane is one person's Telegram chat with the bot.
// Everything comes from this server (same origin); text is built as DOM nodes from
// Telegram's entities, never as HTML, so only Telegram's formatting can appear.
"use strict";

const state = {
  people: new Map(), // id -> person (id, first_name, label, commands)
  panes: new Map(), // id -> pane element
  active: null, // the pane shown on a phone
  order: [], // people's ids, in the switcher's order
  unread: new Map(), // id -> new messages from the bot while another chat was shown (phone)
  botUsername: "",
  since: "",
  stream: null,
};

const $ = (selector, root = document) => root.querySelector(selector);

// The page's own words, in the viewer's language (the server chose it from the browser's
// Accept-Language and wrote them into the page): t("not-sent", { error }) -> text.
const TEXTS = JSON.parse(document.body.dataset.texts);
function t(key, values = {}) {
  return TEXTS[key].replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

async function call(path, body) {
  const options = { method: body === undefined ? "GET" : "POST", headers: {} };
  if (body instanceof FormData) options.body = body;
  else if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const answer = await fetch(path, options);
  if (!answer.ok) throw new Error((await answer.text()) || answer.statusText);
  return answer.json();
}

function status(text) {
  $("#status").textContent = text;
}

// ---------------------------------------------------------------- formatting

const TAGS = {
  bold: "b", italic: "i", underline: "u", strikethrough: "s", code: "code", pre: "pre",
  blockquote: "blockquote", expandable_blockquote: "blockquote",
};
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

// A t.me link to this bot with a start payload: in the sandbox, someone here opens it.
function deepLinkPayload(url) {
  const found = /^https?:\/\/t\.me\/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]{1,64})$/.exec(url);
  return found && found[1] === state.botUsername ? found[2] : null;
}

function linkNode(url, text) {
  const payload = deepLinkPayload(url);
  if (payload !== null) {
    return el("a", { href: "#", class: "deeplink", title: url, onclick: (e) => {
      e.preventDefault();
      openAs(payload);
    } }, text);
  }
  // Other addresses are shown, never followed: the page talks to this machine only.
  return el("span", { class: "url", title: url }, text);
}

function plain(parent, text) {
  let position = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    parent.append(text.slice(position, match.index));
    parent.append(linkNode(match[0], match[0]));
    position = match.index + match[0].length;
  }
  parent.append(text.slice(position));
}

function entityNode(entity) {
  if (entity.type === "text_link") return linkNode(entity.url, "");
  if (entity.type === "spoiler") {
    const node = el("span", { class: "spoiler", title: "Spoiler" });
    node.addEventListener("click", () => node.classList.add("shown"));
    return node;
  }
  return el(TAGS[entity.type] || "span");
}

// JavaScript strings count UTF-16 units, like Telegram's offsets: slices line up.
function formatted(text, entities) {
  const root = document.createDocumentFragment();
  const list = (entities || [])
    .filter((e) => TAGS[e.type] || e.type === "text_link" || e.type === "spoiler")
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const build = (parent, start, end, items) => {
    let position = start;
    let i = 0;
    while (i < items.length) {
      const entity = items[i];
      const from = Math.max(entity.offset, position);
      const to = Math.min(entity.offset + entity.length, end);
      const inner = [];
      let j = i + 1;
      while (j < items.length && items[j].offset < to) inner.push(items[j++]);
      if (from > position) plain(parent, text.slice(position, from));
      const node = entityNode(entity);
      if (entity.type === "text_link") node.textContent = "";
      build(node, from, to, inner);
      parent.append(node);
      position = Math.max(position, to);
      i = j;
    }
    if (end > position) plain(parent, text.slice(position, end));
  };
  build(root, 0, text.length, list);
  return root;
}

// ---------------------------------------------------------------- messages

function fileUrl(fileId) {
  return `/sandbox/files/${encodeURIComponent(fileId)}`;
}

const MEDIA_NAMES = {
  voice: t("voice"), sticker: t("sticker"), video: t("video"), audio: t("audio"), animation: "🎞 GIF",
};

function messageNode(chatId, message) {
  const mine = message.from && message.from.id === chatId;
  // dir="auto": each message runs in the direction of its first letter, as in Telegram, so an
  // Arabic message reads right to left in any pane and a French one left to right.
  const node = el("li", { class: mine ? "msg me" : "msg bot", dir: "auto", dataset: { id: message.message_id } });
  const reply = message.reply_to_message;
  if (reply) node.append(el("span", { class: "quote" }, (reply.text || reply.caption || "…").slice(0, 80)));
  if (message.photo) {
    const biggest = message.photo[message.photo.length - 1];
    node.append(el("img", { src: fileUrl(biggest.file_id), alt: message.caption || t("photo") }));
  }
  if (message.document) {
    const name = message.document.file_name || t("file");
    node.append(el("a", { class: "doc", href: fileUrl(message.document.file_id), download: name }, `📄 ${name}`));
  }
  for (const [kind, name] of Object.entries(MEDIA_NAMES)) {
    if (message[kind]) node.append(el("span", { class: "doc" }, name));
  }
  if (message.text !== undefined) node.append(formatted(message.text, message.entities));
  if (message.caption) node.append(el("div", {}, formatted(message.caption, message.caption_entities)));
  const keyboard = message.reply_markup && message.reply_markup.inline_keyboard;
  if (keyboard) {
    node.classList.add("with-keyboard");
    node.append(keyboardNode(chatId, message, keyboard));
  }
  const time = new Date(message.date * 1000).toLocaleTimeString(document.documentElement.lang, { hour: "2-digit", minute: "2-digit" });
  const answer = el("button", { type: "button", class: "reply", title: t("reply"),
    onclick: () => replyTo(chatId, message) }, "↩");
  node.append(el("span", { class: "meta" }, answer, message.edit_date ? t("edited", { time }) : time));
  return node;
}

function keyboardNode(chatId, message, keyboard) {
  const box = el("div", { class: "keyboard" });
  for (const row of keyboard) {
    const line = el("div", { class: "kb-row" });
    for (const button of row) {
      if (button.callback_data !== undefined) {
        line.append(el("button", { type: "button", dir: "auto", onclick: () => press(chatId, message.message_id, button.callback_data) }, button.text));
      } else if (button.url && deepLinkPayload(button.url) !== null) {
        line.append(el("button", { type: "button", title: button.url, onclick: () => openAs(deepLinkPayload(button.url)) }, `${button.text} ↗`));
      } else {
        line.append(el("button", { type: "button", disabled: "", title: button.url || "" }, button.text));
      }
    }
    box.append(line);
  }
  return box;
}

const PHONE = "(max-width: 700px)";

// `live`: it arrived now (not loaded with the chat), so it may be news for the switcher.
function showMessage(chatId, message, live = true) {
  const pane = state.panes.get(chatId);
  if (!pane) return;
  const list = $(".messages", pane);
  const node = messageNode(chatId, message);
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  const old = $(`.msg[data-id="${message.message_id}"]`, list);
  if (old) {
    // An edit can make a message grow (the /log summary gains lines and buttons): follow
    // it, so that what it now asks is not left below the fold.
    const wasInSight = inSight(list, old);
    old.replaceWith(node);
    if (atBottom) list.scrollTop = list.scrollHeight;
    else if (wasInSight) reveal(list, node);
    return;
  }
  const later = [...list.children].find((n) => Number(n.dataset.id) > message.message_id);
  list.insertBefore(node, later || null);
  if (atBottom || message.from.id === chatId) list.scrollTop = list.scrollHeight;
  if (live && chatId !== state.active && message.from.id !== chatId && matchMedia(PHONE).matches) {
    state.unread.set(chatId, (state.unread.get(chatId) || 0) + 1);
    renderSwitcher();
  }
}

function inSight(list, node) {
  const box = list.getBoundingClientRect();
  const it = node.getBoundingClientRect();
  return it.bottom > box.top && it.top < box.bottom;
}

// Scroll until the node's end shows, never so far that its start goes out of sight.
function reveal(list, node) {
  const box = list.getBoundingClientRect();
  const it = node.getBoundingClientRect();
  const below = it.bottom - box.bottom;
  if (below > 0) list.scrollTop += Math.min(below, Math.max(0, it.top - box.top));
}

// Replying picks which message (and so, for a mentor, which youth) an answer goes to.
function replyTo(chatId, message) {
  const pane = state.panes.get(chatId);
  if (!pane) return;
  const bar = $(".replying", pane);
  bar.dataset.id = message.message_id;
  $(".replying-text", bar).textContent = (message.text || message.caption || "…").slice(0, 60);
  bar.hidden = false;
  $(".text", pane).focus();
}

function replyingTo(pane) {
  const bar = $(".replying", pane);
  const id = bar.hidden ? null : Number(bar.dataset.id);
  bar.hidden = true;
  return id;
}

function removeMessage(chatId, messageId) {
  const pane = state.panes.get(chatId);
  const node = pane && $(`.msg[data-id="${messageId}"]`, pane);
  if (node) node.remove();
}

function toast(chatId, text, alert) {
  const pane = state.panes.get(chatId);
  if (!pane) return;
  const box = $(".toast", pane);
  box.replaceChildren(text);
  box.classList.toggle("alert", Boolean(alert));
  box.hidden = false;
  clearTimeout(box.timer);
  if (alert) {
    box.append(el("button", { type: "button", onclick: () => { box.hidden = true; } }, "OK"));
  } else {
    box.timer = setTimeout(() => { box.hidden = true; }, 3000);
  }
}

// ---------------------------------------------------------------- people and panes

function initials(name) {
  return (name || "?").trim().slice(0, 1).toUpperCase();
}

const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);

function paneFor(person) {
  let pane = state.panes.get(person.id);
  if (!pane) {
    pane = $("#pane-template").content.firstElementChild.cloneNode(true);
    pane.dataset.id = person.id;
    wireComposer(pane, person.id);
    state.panes.set(person.id, pane);
    $("#panes").append(pane);
    loadChat(person.id);
  }
  // A phone set to a right-to-left language lays the whole chat out right to left.
  pane.lang = person.language_code || "";
  pane.dir = RIGHT_TO_LEFT.has(pane.lang.split("-")[0]) ? "rtl" : "ltr";
  $(".avatar", pane).textContent = initials(person.first_name);
  $(".name", pane).textContent = person.first_name;
  $(".label", pane).textContent = person.label || t("not-in-lien");
  const menu = $(".menu", pane);
  menu.replaceChildren(...(person.commands || []).map((c) => el("li", {},
    el("button", { type: "button", onclick: () => { menu.hidden = true; send(person.id, `/${c.command}`); } },
      el("span", { class: "cmd" }, `/${c.command}`), el("span", { class: "desc" }, c.description)))));
  return pane;
}

async function loadChat(chatId) {
  const chat = await call(`/sandbox/chat/${chatId}`);
  for (const message of chat.messages) showMessage(chatId, message, false);
}

function wireComposer(pane, chatId) {
  const form = $(".composer", pane);
  const input = $(".text", form);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    $(".menu", pane).hidden = true;
    send(chatId, text, replyingTo(pane));
  });
  $(".replying .cancel", pane).addEventListener("click", () => replyingTo(pane));
  $(".menu-button", form).addEventListener("click", () => {
    const menu = $(".menu", pane);
    menu.hidden = !menu.hidden || menu.children.length === 0;
  });
  const file = $("input[type=file]", form);
  file.addEventListener("change", async () => {
    if (!file.files.length) return;
    const body = new FormData();
    body.append("user_id", String(chatId));
    body.append("kind", "photo");
    body.append("caption", input.value);
    const reply = replyingTo(pane);
    if (reply) body.append("reply_to", String(reply));
    body.append("file", file.files[0]);
    input.value = "";
    file.value = "";
    try {
      await call("/sandbox/send", body);
    } catch (error) {
      status(t("photo-not-sent", { error: error.message }));
    }
  });
}

function choose(id) {
  const changed = state.active !== id;
  state.active = id;
  for (const [paneId, pane] of state.panes) pane.classList.toggle("active", paneId === id);
  state.unread.delete(id);
  renderSwitcher();
  const pane = state.panes.get(id);
  if (!pane) return;
  if (!matchMedia(PHONE).matches) {
    pane.scrollIntoView({ inline: "nearest", block: "nearest" });
  } else if (changed) {
    // A phone opens a chat at its newest message, as Telegram does (a hidden chat could
    // not follow its messages while they came).
    const list = $(".messages", pane);
    list.scrollTop = list.scrollHeight;
  }
}

// Each person, with a sign when the bot wrote to them while another chat was shown; the
// badge beside the closed switcher counts them all.
function renderSwitcher() {
  const switcher = $("#switcher");
  switcher.replaceChildren(...state.order.filter((id) => state.people.has(id)).map((id) => {
    const p = state.people.get(id);
    const name = `${p.first_name}${p.label ? ` (${p.label})` : ""}`;
    const count = state.unread.get(id) || 0;
    return el("option", { value: String(id) }, count ? `● ${name} · ${count}` : name);
  }));
  if (state.active !== null) switcher.value = String(state.active);
  let total = 0;
  for (const count of state.unread.values()) total += count;
  const badge = $("#unread");
  badge.textContent = String(total);
  badge.title = t("unread", { count: total });
  badge.hidden = total === 0;
}

async function refreshPeople() {
  const answer = await call("/sandbox/people");
  state.botUsername = answer.bot_username;
  $("#demo").hidden = !answer.demo;
  const seen = new Set();
  for (const person of answer.people) {
    state.people.set(person.id, person);
    paneFor(person);
    seen.add(person.id);
  }
  for (const [id, pane] of state.panes) {
    if (!seen.has(id)) {
      pane.remove();
      state.panes.delete(id);
      state.people.delete(id);
      state.unread.delete(id);
    }
  }
  state.order = answer.people.map((p) => p.id);
  if (!seen.has(state.active) && answer.people.length) state.active = answer.people[0].id;
  choose(state.active);
  return answer;
}

let refreshTimer = null;
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refreshPeople().catch((e) => status(e.message)), 150);
}

// ---------------------------------------------------------------- actions

async function send(userId, text, replyTo = null) {
  try {
    await call("/sandbox/send", { user_id: userId, text, reply_to: replyTo });
  } catch (error) {
    status(t("not-sent", { error: error.message }));
  }
}

async function press(userId, messageId, data) {
  try {
    await call("/sandbox/press", { user_id: userId, message_id: messageId, data });
  } catch (error) {
    status(t("button-failed", { error: error.message }));
  }
}

function openAs(payload) {
  const dialog = $("#open-as-dialog");
  $("#open-as-command").textContent = `/start ${payload}`;
  $("#open-as-people").replaceChildren(...[...state.people.values()].map((p) =>
    el("button", { type: "button", dataset: { id: p.id }, onclick: () => {
      dialog.close();
      choose(p.id);
      send(p.id, `/start ${payload}`);
    } }, `${p.first_name}${p.label ? ` — ${p.label}` : ""}`)));
  dialog.showModal();
}

async function restart(path, question, done) {
  if (!window.confirm(question)) return;
  status(t("wait"));
  try {
    await call(path, {});
    status(done);
    setTimeout(() => { if ($("#status").textContent === done) status(""); }, 5000);
  } catch (error) {
    status(error.message);
  }
}

// ---------------------------------------------------------------- live updates

function follow() {
  if (state.stream) state.stream.close();
  const stream = new EventSource(`/sandbox/stream?since=${encodeURIComponent(state.since)}`);
  state.stream = stream;
  stream.addEventListener("reset", () => {
    for (const pane of state.panes.values()) pane.remove();
    state.panes.clear();
    state.people.clear();
    state.unread.clear();
    refreshSoon();
  });
  stream.addEventListener("message", (event) => {
    const e = JSON.parse(event.data);
    if (e.kind === "message" || e.kind === "edit") showMessage(e.chat_id, e.message);
    else if (e.kind === "delete") removeMessage(e.chat_id, e.message_id);
    else if (e.kind === "toast") toast(e.chat_id, e.text, e.show_alert);
    else if (e.kind === "commands" || e.kind === "user") refreshSoon();
  });
  stream.addEventListener("open", () => { if ($("#status").textContent === t("connection-lost")) status(""); });
  stream.addEventListener("error", () => status(t("connection-lost")));
}

async function main() {
  $("#switcher").addEventListener("change", (e) => choose(Number(e.target.value)));
  $("#add-person").addEventListener("click", () => $("#person-dialog").showModal());
  $("#person-dialog").addEventListener("close", async () => {
    const dialog = $("#person-dialog");
    const form = $("#person-form");
    if (dialog.returnValue === "ok") {
      const person = await call("/sandbox/user", {
        first_name: form.first_name.value.trim(), language_code: form.language_code.value,
      });
      await refreshPeople();
      choose(person.id);
    }
    form.reset();
  });
  $("#reset").addEventListener("click", () => restart("/sandbox/reset",
    t("reset-ask"), t("reset-done")));
  $("#demo").addEventListener("click", () => restart("/sandbox/demo",
    t("demo-ask"), t("demo-done")));
  const answer = await refreshPeople();
  state.since = `${answer.epoch}.${answer.seq}`;
  follow();
}

main().catch((error) => status(error.message));
