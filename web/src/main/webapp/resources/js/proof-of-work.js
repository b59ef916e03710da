/*
 * The proof-of-work step of the public forms (issue 18): before a form whose submit button carries data-pow is sent,
 * find a solution of the server's challenge (data-pow-challenge, data-pow-difficulty on an element of the form) such
 * that SHA-256(challenge + ":" + solution) starts with that many zero bits, put "challenge:solution" into the hidden
 * input marked data-pow-proof, and send the form again with the same button. No outside service is involved.
 */
(function () {
  'use strict';

  function zeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) {
        bits += 8;
        continue;
      }
      return bits + Math.clz32(bytes[i]) - 24;
    }
    return bits;
  }

  async function solve(challenge, difficulty) {
    var encoder = new TextEncoder();
    for (var n = 0; ; n++) {
      var candidate = n.toString(36);
      var hash = await crypto.subtle.digest('SHA-256', encoder.encode(challenge + ':' + candidate));
      if (zeroBits(new Uint8Array(hash)) >= difficulty) {
        return candidate;
      }
    }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var holder = form.querySelector('[data-pow-challenge]');
    var proof = form.querySelector('input[data-pow-proof]');
    if (!holder || !proof || !submitter || !submitter.hasAttribute('data-pow') || proof.value) {
      return;
    }
    event.preventDefault();
    var status = form.querySelector('[data-pow-status]');
    if (status) {
      status.hidden = false;
    }
    submitter.disabled = true;
    var challenge = holder.getAttribute('data-pow-challenge');
    solve(challenge, parseInt(holder.getAttribute('data-pow-difficulty'), 10)).then(function (solution) {
      proof.value = challenge + ':' + solution;
      submitter.disabled = false;
      form.requestSubmit(submitter);
    });
  }, true);
})();
