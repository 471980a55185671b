import {
  EndInteractionDocument, HoldInteractionDocument, MoveInteractionDocument, RemindersDocument, RequestTransferDocument,
  ResumeInteractionDocument, StartInteractionDocument,
  type CallStateFragment, type CallStep, type ScriptLinesFragment,
} from '../generated/graphql';
import { inputErrorMessage } from '../api/errors';
import { h, humanize, replaceChildren, statusLine } from '../dom';
import type { Session } from '../session';
import { showUserErrors, type FieldError } from './userErrors';

const steps: CallStep[] = ['GREETING', 'VENTING', 'TROUBLESHOOTING', 'DIAGNOSIS', 'SOLUTION', 'IMPLEMENT_OR_ASSIGN', 'GOODBYE'];

type Payload = { interaction: CallStateFragment | null; script: ScriptLinesFragment | null; userErrors: FieldError[] };

/** A call on the ticket through the seven steps, with the script lines, hold and check-back, and a warm transfer. */
export function callPanel(session: Session, ticketId: string): { element: HTMLElement; dispose: () => void } {
  const status = statusLine();
  const stepList = h('ol', { class: 'steps' });
  const script = h('div', { class: 'script', 'aria-live': 'polite' });
  const holdBox = h('div', { class: 'hold' });
  const controls = h('div', { class: 'call-controls' });
  let call: CallStateFragment | null = null;
  let holdTimer: number | undefined;
  let stopReminders: (() => void) | undefined;

  function showScript(lines: ScriptLinesFragment | null) {
    if (lines) replaceChildren(script, h('p', { class: 'hint' }, `Script: ${humanize(lines.moment)}`), h('ul', {}, lines.lines.map((line) => h('li', {}, line))));
  }

  async function run(action: () => Promise<Payload>) {
    try {
      const payload = await action();
      if (payload.userErrors.length) {
        status.show(payload.userErrors.map(inputErrorMessage).join(' '), 'error');
        return;
      }
      call = payload.interaction;
      showScript(payload.script);
      render();
    } catch (error) {
      status.show((error as Error).message, 'error');
    }
  }

  const start = () => run(async () => (await session.client.request(StartInteractionDocument, { input: { ticketId, agentId: session.agentName, agentName: session.agentName, channel: 'PHONE' } })).startInteraction);
  const move = (step: CallStep) => run(async () => (await session.client.request(MoveInteractionDocument, { input: { interactionId: call!.id, expectedVersion: call!.version, step } })).moveInteraction);
  const resume = () => run(async () => (await session.client.request(ResumeInteractionDocument, { input: { interactionId: call!.id, expectedVersion: call!.version } })).resumeInteraction);
  const end = () => run(async () => (await session.client.request(EndInteractionDocument, { input: { interactionId: call!.id, expectedVersion: call!.version } })).endInteraction);

  function holdForm(): HTMLFormElement {
    const form: HTMLFormElement = h('form', { class: 'inline-form', 'aria-label': 'Put the caller on hold' },
      h('label', { for: 'hold-reason' }, 'Why are you putting the caller on hold?'),
      h('input', { id: 'hold-reason', name: 'reason', placeholder: 'I will check the account with second level' }),
      h('button', { type: 'submit' }, 'Put on hold'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const reason = String(new FormData(form).get('reason') ?? '');
      void run(async () => (await session.client.request(HoldInteractionDocument, { input: { interactionId: call!.id, expectedVersion: call!.version, reason } })).holdInteraction);
    });
    return form;
  }

  function renderHold() {
    clearInterval(holdTimer);
    if (!call?.onHold) {
      replaceChildren(holdBox, call ? holdForm() : null);
      return;
    }
    const heldAt = new Date(call.holds[call.holds.length - 1]?.heldAt ?? Date.now()).getTime();
    const clock = h('span', { class: 'hold-clock' });
    const reminder = h('p', { class: 'check-back', role: 'alert' });
    const tick = () => {
      const waited = Math.max(0, Math.floor((Date.now() - heldAt) / 1000));
      clock.textContent = `On hold for ${waited}s`;
    };
    tick();
    holdTimer = window.setInterval(tick, 1000);
    replaceChildren(holdBox, h('p', { class: 'on-hold' }, clock),
      h('p', { class: 'hint' }, 'Check back every 30–40 seconds; the desk reminds you here.'), reminder,
      h('button', { type: 'button', onclick: resume }, 'Resume call'));
  }

  function transferForm(): HTMLFormElement {
    const summary = statusLine();
    const form: HTMLFormElement = h('form', { class: 'card transfer', 'aria-labelledby': 'transfer-title' },
      h('h3', { id: 'transfer-title' }, 'Warm transfer'),
      h('label', { for: 'transfer-to' }, 'To (agent or team)'), h('input', { id: 'transfer-to', name: 'to' }),
      h('label', { for: 'transfer-summary' }, 'Caller name and details'), h('textarea', { id: 'transfer-summary', name: 'summary', rows: 2 }),
      h('label', { for: 'transfer-number' }, 'Direct number for next time'), h('input', { id: 'transfer-number', name: 'directNumber', type: 'tel', placeholder: '+31201234567' }),
      h('button', { type: 'submit' }, 'Announce and request transfer'), summary);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      try {
        const { requestTransfer } = await session.client.request(RequestTransferDocument, {
          input: { ticketId, from: session.agentName, to: String(data.get('to')), summary: String(data.get('summary')), directNumber: String(data.get('directNumber')) },
        });
        if (showUserErrors(form, requestTransfer.userErrors, summary)) return;
        summary.show([`Transfer requested to ${requestTransfer.transferRequest?.to}; waiting for them to accept.`, ...requestTransfer.warnings].join(' '));
      } catch (error) {
        summary.show((error as Error).message, 'error');
      }
    });
    return form;
  }

  function render() {
    const current = call ? steps.indexOf(call.step) : -1;
    replaceChildren(stepList, steps.map((step, index) => h('li', { class: index === current ? 'current' : index < current ? 'done' : '', 'aria-current': index === current ? 'step' : undefined }, humanize(step))));
    const next = current >= 0 && current < steps.length - 1 ? steps[current + 1] : null;
    replaceChildren(controls,
      !call && h('button', { type: 'button', onclick: start }, 'Start call'),
      call && next && !call.onHold && h('button', { type: 'button', onclick: () => move(next) }, `Next: ${humanize(next)}`),
      call && !call.onHold && h('button', { type: 'button', class: 'secondary', onclick: end }, 'End call'));
    renderHold();
    status.show(call ? (call.onHold ? 'Caller on hold. Thank them for waiting when you return.' : `Step ${current + 1} of 7: ${humanize(call.step)}`) : 'No call in progress.');
  }

  stopReminders = session.client.subscribe(RemindersDocument, { agentId: session.agentName }, ({ reminders }) => {
    if (reminders.interactionId !== call?.id) return;
    // The reminder counts a check-back on the interaction, so keep its new version for the next change.
    if (reminders.interaction) call = { ...call, version: Math.max(call.version, reminders.interaction.version) };
    const box = holdBox.querySelector('.check-back');
    if (box) replaceChildren(box, h('strong', {}, `Check back with the caller (reminder ${reminders.checkBackNumber}): `), reminders.lines.join(' '));
  }, (error) => status.show(error.message, 'error'));

  render();
  const element = h('section', { class: 'card call-panel', 'aria-labelledby': 'call-title' },
    h('h2', { id: 'call-title' }, 'Call'), stepList, controls, status, script, holdBox, transferForm());
  return { element, dispose: () => { clearInterval(holdTimer); stopReminders?.(); } };
}
