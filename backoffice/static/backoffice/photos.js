// Photos from a phone on a weak signal. Each chosen photo is drawn again in the browser
// (upright, at most 1,600 px long, about 300 KB as JPEG, no metadata: a canvas keeps none),
// then sent with a progress bar. A photo the browser cannot draw (an iPhone's HEIC in
// Chromium) goes up whole and the server shrinks it. When the signal drops, the photo waits
// in this page and is sent again when the phone is back online, or at once with "Try again
// now"; each photo keeps the id it was given when chosen, so a photo sent twice (the answer
// lost after the server got it) is stored once. Without script, the form posts the file as
// it is and the server does the same work.
const MAX_SIDE = 1600;
const TARGET_BYTES = 300 * 1024;
// As backoffice/photos.py: steps small enough to land near the target, never so low that
// the weave turns to blocks.
const QUALITY_STEPS = [0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4];
const RETRY_AFTER_MS = 10000;
const HEIF = /\.(heic|heif)$|^image\/hei[cf]/i;

const form = document.querySelector("[data-photo-form]");
const text = JSON.parse(document.getElementById("photo-upload-text").textContent);
const panel = document.querySelector("[data-upload]");
const bar = panel.querySelector("[data-upload-bar]");
const count = panel.querySelector("[data-upload-count]");
const message = panel.querySelector("[data-upload-message]");
const retryButton = panel.querySelector("[data-upload-retry]");
const list = document.querySelector("[data-photo-list]");
const fileInput = form.elements.photo;
const queue = [];
let sent = 0;
let sending = false;
let retryTimer = null;

fileInput.multiple = true;

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const description = form.elements.description.value;
  for (const file of fileInput.files) {
    queue.push({ file, description, uploadId: newUploadId(), body: null });
  }
  form.reset();
  sendNext();
});

retryButton.addEventListener("click", () => sendNext());
window.addEventListener("online", () => sendNext());

function newUploadId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function sendNext() {
  clearTimeout(retryTimer);
  if (sending || queue.length === 0) return;
  sending = true;
  retryButton.hidden = true;
  panel.hidden = false;
  const job = queue[0];
  count.textContent = `${sent + 1}/${sent + queue.length}`;
  if (!job.body) {
    show(text.preparing, 0);
    // A phone short of memory for the canvas sends the file whole: the server shrinks it.
    job.body = await smaller(job.file).catch(() => job.file);
  }
  show(text.sending, 0);
  upload(job);
}

function show(words, percent) {
  bar.value = percent;
  message.textContent = percent ? `${words} ${percent}%` : words;
}

// The photo drawn again, upright and small, or the file as it is when the browser cannot draw it.
async function smaller(file) {
  if (HEIF.test(file.name) || HEIF.test(file.type)) return file;
  let bitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file;
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext("2d");
  context.imageSmoothingQuality = "high";
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  let blob = null;
  for (const quality of QUALITY_STEPS) {
    blob = await new Promise((done) => canvas.toBlob(done, "image/jpeg", quality));
    if (!blob || blob.size <= TARGET_BYTES) break;
  }
  return blob || file;
}

function upload(job) {
  const data = new FormData(form);
  data.set("photo", job.body, job.body === job.file ? job.file.name : "photo.jpg");
  data.set("description", job.description);
  data.set("upload_id", job.uploadId);
  const request = new XMLHttpRequest();
  request.open("POST", form.action || window.location.href);
  request.setRequestHeader("Accept", "application/json");
  request.responseType = "json";
  let shown = -1;
  request.upload.addEventListener("progress", (event) => {
    if (!event.lengthComputable) return;
    // Said in steps of ten, so that a screen reader is not flooded.
    const percent = Math.floor((event.loaded / event.total) * 10) * 10;
    if (percent !== shown) show(text.sending, (shown = percent));
  });
  request.addEventListener("load", () => {
    if (request.status === 201) return done(request.response);
    // Refused (not a photo, too large, signed out): sending it again would not help.
    if (request.status >= 400 && request.status < 500 && request.status !== 408) {
      return refused(request.response?.errors || [text.refused]);
    }
    interrupted();
  });
  request.addEventListener("error", interrupted);
  request.addEventListener("timeout", interrupted);
  request.send(data);
}

function done(answer) {
  queue.shift();
  sent += 1;
  addToList(answer.photo);
  bar.value = 100;
  message.textContent = answer.message;
  sending = false;
  sendNext();
}

function refused(errors) {
  queue.shift();
  sent += 1;
  bar.value = 0;
  message.textContent = errors.join(" ");
  sending = false;
  sendNext();
}

// The signal dropped, or the server did not answer: the photo waits for the next try.
function interrupted() {
  sending = false;
  bar.value = 0;
  message.textContent = navigator.onLine ? text.failed : text.offline;
  retryButton.hidden = false;
  if (navigator.onLine) retryTimer = setTimeout(sendNext, RETRY_AFTER_MS);
}

function addToList(photo) {
  list.querySelector("[data-photo-none]")?.remove();
  if (list.querySelector(`[data-photo-id="${photo.id}"]`)) return;
  const item = document.createElement("li");
  item.className = "photos__item";
  item.dataset.photoId = photo.id;
  const image = document.createElement("img");
  image.className = "photos__image";
  image.src = photo.src;
  image.alt = photo.alt;
  image.width = 240;
  image.height = 240;
  const state = document.createElement("span");
  state.className = photo.in_shop ? "photos__state" : "photos__state photos__state--waiting";
  state.textContent = photo.state;
  item.append(image, state);
  list.append(item);
}
