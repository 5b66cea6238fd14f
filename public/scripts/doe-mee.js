/*
 * "Doe mee" (/doe-mee/, issue 18): sends the form to the submission endpoint when the site has
 * one (data-endpoint; server/inzending.ts) and shows the answer. Without this script the form is
 * a plain mailto: form. When the endpoint cannot be reached, the reader gets a prefilled e-mail to
 * the redactie instead, so nothing typed is lost.
 */
(() => {
  const form = document.getElementById('doe-mee-form');
  const melding = document.getElementById('doe-mee-melding');
  if (!form || !melding || !form.dataset.endpoint) return;
  const knop = form.querySelector('button[type="submit"]');
  const knopTekst = knop ? knop.textContent : '';

  const clearErrors = () => {
    for (const p of form.querySelectorAll('.veld__fout')) {
      p.hidden = true;
      p.textContent = '';
    }
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    melding.hidden = true;
    melding.replaceChildren();
  };

  const show = (nodes) => {
    melding.replaceChildren(...nodes);
    melding.hidden = false;
    melding.focus();
  };

  const el = (tag, text, attrs = {}) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };

  function showErrors(errors) {
    const list = el('ul');
    for (const e of errors) {
      const control = e.field ? form.querySelector(`#veld-${e.field}`) || form.querySelector(`[name="${e.field}"]`) : null;
      const fout = e.field ? form.querySelector(`#veld-${e.field}-fout`) : null;
      if (fout) {
        fout.textContent = e.message;
        fout.hidden = false;
      }
      if (control) control.setAttribute('aria-invalid', 'true');
      const li = el('li');
      if (control && control.id) li.append(el('a', e.message, { href: `#${control.id}` }));
      else li.textContent = e.message;
      list.append(li);
    }
    show([el('p', form.dataset.fouten, { class: 'doe-mee__melding-kop' }), list]);
  }

  /** The form as readable text for an e-mail: "Label: value" per filled-in field. */
  function asText() {
    const lines = [];
    for (const control of form.elements) {
      if (!control.name || control.name === 'website' || control.type === 'file' || control.type === 'submit') continue;
      if ((control.type === 'radio' || control.type === 'checkbox') && !control.checked) continue;
      if (!control.value) continue;
      const label = form.querySelector(`label[for="${control.id}"]`);
      const group = control.closest('fieldset') && control.closest('fieldset').querySelector('legend');
      const name = control.type === 'radio' || control.type === 'checkbox' ? (group ? group.textContent.trim() : control.name) : label ? label.textContent.trim() : control.name;
      const value = control.type === 'radio' || control.type === 'checkbox' ? (label ? label.textContent.trim() : control.value) : control.value;
      lines.push(`${name.replace(/\s*\(verplicht\)$/, '')}: ${value}`);
    }
    return lines.join('\n');
  }

  function showFallback() {
    const email = form.dataset.email;
    const body = asText().slice(0, 1800);
    const href = `mailto:${email}?subject=${encodeURIComponent('Doe mee: bijdrage voor Vief')}&body=${encodeURIComponent(body)}`;
    show([
      el('p', form.dataset.mislukt),
      el('p').appendChild(el('a', form.dataset.misluktMail, { href, class: 'doe-mee__mail' })).parentNode,
      el('p', form.dataset.misluktFoto),
    ]);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    if (knop) {
      knop.disabled = true;
      knop.textContent = form.dataset.bezig;
    }
    try {
      const response = await fetch(form.dataset.endpoint, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } });
      let answer = null;
      try {
        answer = await response.json();
      } catch {
        answer = null;
      }
      if (response.ok && answer && answer.ok) {
        window.location.assign('/doe-mee/bedankt/');
        return;
      }
      if (answer && Array.isArray(answer.errors) && response.status < 500) showErrors(answer.errors);
      else showFallback();
    } catch {
      showFallback();
    } finally {
      if (knop) {
        knop.disabled = false;
        knop.textContent = knopTekst;
      }
    }
  });
})();
