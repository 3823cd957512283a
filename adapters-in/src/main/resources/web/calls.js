// Audio and video calls in direct chats: WebRTC in the browser, the server relays the signalling
// (PROTOCOL.md "Calls"). The caller invites; every device of the callee rings; the accepting device
// and the caller exchange an offer, an answer and ICE candidates through cmd 17 / cmd 25.

import { $, api, request, on, toast, nameOf, peerOf } from "./core.js";

/** The call in progress on this tab, or null. */
let call = null;

const ENDED = {
  reject: "declined",
  hangup: "ended",
  timeout: "not answered",
  answered_elsewhere: "answered on another device",
};

function show(status) {
  $("call-status").textContent = status;
  document.body.dataset.call = call ? call.phase : "none";
  $("call-accept").hidden = !(call && call.role === "callee" && call.phase === "ringing");
  $("call-reject").hidden = $("call-accept").hidden;
  $("call-hangup").hidden = !call || !$("call-accept").hidden;
}

function signal(action, fields = {}) {
  return request({ cmd: 17, action, call_id: call.id, ...fields });
}

async function media(kind) {
  return navigator.mediaDevices.getUserMedia({ audio: true, video: kind === "video" });
}

async function peerConnection() {
  const { ice_servers: iceServers } = await api("GET", "/api/v1/calls/ice-servers");
  const connection = new RTCPeerConnection({ iceServers });
  connection.onicecandidate = (event) => {
    if (event.candidate && call?.connection === connection) signal("candidate", { candidate: event.candidate.toJSON() }).catch(() => {});
  };
  connection.ontrack = (event) => {
    $("remote-video").srcObject = event.streams[0];
  };
  connection.onconnectionstatechange = () => {
    if (call?.connection !== connection) return;
    document.body.dataset.callConnection = connection.connectionState;
    if (connection.connectionState === "connected") {
      call.phase = "connected";
      show(`In call with ${nameOf(call.peer)}`);
    } else if (connection.connectionState === "failed") {
      hangUp("the connection failed");
    }
  };
  for (const track of call.local.getTracks()) connection.addTrack(track, call.local);
  return connection;
}

function openDialog(title) {
  $("call-title").textContent = title;
  $("local-video").srcObject = call.local ?? null;
  $("local-video").hidden = call.media !== "video";
  $("remote-video").hidden = call.media !== "video";
  if (!$("call").open) $("call").showModal();
}

/** The caller's side: media first (the browser asks), then the invite. */
export async function startCall(conversationId, kind) {
  if (call) {
    toast("You are already in a call");
    return;
  }
  const peer = peerOf(conversationId);
  call = { id: null, role: "caller", peer, media: kind, phase: "calling", pendingCandidates: [] };
  try {
    call.local = await media(kind);
    openDialog(`${kind === "video" ? "Video" : "Audio"} call with ${nameOf(peer)}`);
    show("Calling…");
    const answer = await request({ cmd: 17, action: "invite", conversation_id: conversationId, media: kind });
    call.id = answer.call_id;
  } catch (error) {
    const reason = error.reason === "busy" ? `${nameOf(peer)} is in another call` : error.message;
    finish(`Call failed: ${reason}`);
  }
}

on("call", async (frame) => {
  if (frame.action === "invite") {
    incoming(frame);
    return;
  }
  if (!call || frame.call_id !== call.id) return;
  try {
    switch (frame.action) {
      case "ringing":
        show("Ringing…");
        break;
      case "accept":
        // The callee's device is ready: the caller makes the offer.
        call.phase = "connecting";
        show("Connecting…");
        call.connection = await peerConnection();
        await call.connection.setLocalDescription(await call.connection.createOffer());
        await signal("offer", { sdp: call.connection.localDescription.sdp });
        break;
      case "offer":
        await call.connection.setRemoteDescription({ type: "offer", sdp: frame.sdp });
        await addPendingCandidates();
        await call.connection.setLocalDescription(await call.connection.createAnswer());
        await signal("answer", { sdp: call.connection.localDescription.sdp });
        break;
      case "answer":
        await call.connection.setRemoteDescription({ type: "answer", sdp: frame.sdp });
        await addPendingCandidates();
        break;
      case "candidate":
        if (call.connection?.remoteDescription) await call.connection.addIceCandidate(frame.candidate);
        else call.pendingCandidates.push(frame.candidate);
        break;
      default:
        finish(`Call ${ENDED[frame.action] ?? "ended"}`);
    }
  } catch (error) {
    console.warn("call step failed", frame.action, error);
    hangUp("the call could not be set up");
  }
});

async function addPendingCandidates() {
  for (const candidate of call.pendingCandidates.splice(0)) await call.connection.addIceCandidate(candidate);
}

/** Every device of the callee rings; the first to accept takes the call. */
function incoming(frame) {
  if (call) return; // the server answers busy to the caller before this could happen
  call = { id: frame.call_id, role: "callee", peer: frame.from, media: frame.media, phase: "ringing", pendingCandidates: [] };
  openDialog(`Incoming ${frame.media === "video" ? "video" : "audio"} call from ${nameOf(frame.from)}`);
  show("Ringing…");
  signal("ringing").catch(() => {});
  $("call-accept").focus();
}

$("call-accept").addEventListener("click", async () => {
  if (!call || call.role !== "callee") return;
  try {
    call.phase = "connecting";
    show("Connecting…");
    call.local = await media(call.media);
    $("local-video").srcObject = call.local;
    call.connection = await peerConnection();
    await signal("accept");
  } catch (error) {
    finish(error.reason === "answered_elsewhere" ? "Answered on another device" : "Call failed: " + error.message);
  }
});

$("call-reject").addEventListener("click", () => {
  if (!call) return;
  signal("reject").catch(() => {});
  finish("Call declined");
});

$("call-hangup").addEventListener("click", () => hangUp());

$("call").addEventListener("cancel", (event) => {
  // Escape hangs up rather than leaving a call running behind a closed dialog.
  event.preventDefault();
  if (call?.role === "callee" && call.phase === "ringing") $("call-reject").click();
  else hangUp();
});

function hangUp(why) {
  if (!call) return;
  if (call.id) signal("hangup").catch(() => {});
  finish(why ? "Call ended: " + why : "Call ended");
}

/** Stops the media and the connection; the dialog says how it ended, then closes. */
function finish(status) {
  if (call) {
    call.connection?.close();
    for (const track of call.local?.getTracks() ?? []) track.stop();
  }
  call = null;
  $("remote-video").srcObject = null;
  $("local-video").srcObject = null;
  delete document.body.dataset.callConnection;
  show(status);
  toast(status);
  setTimeout(() => {
    if (!call && $("call").open) $("call").close();
  }, 1500);
}

on("disconnected", () => {
  // The server hangs up a call whose device left; this side says so too.
  if (call) finish("Call ended: connection lost");
});

show("");
document.body.dataset.call = "none";
