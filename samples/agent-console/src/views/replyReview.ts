import { ReviewReplyDocument, type ReviewReplyQuery } from '../generated/graphql';
import { h, replaceChildren } from '../dom';
import type { Session } from '../session';

type Review = ReviewReplyQuery['reviewReply'];

/** The text with each weak phrase marked, so the agent sees where it is while typing. */
function highlighted(text: string, review: Review): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const finding of [...review.findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(h('mark', { title: `${finding.message} Try: ${finding.suggestion}`, 'data-rule': finding.rule }, text.slice(finding.start, finding.start + finding.length)));
    at = finding.start + finding.length;
  }
  parts.push(text.slice(at));
  return parts;
}

/** Reviews the textarea's text as the agent types (debounced) and shows findings with better forms. */
export function attachReplyReview(session: Session, textarea: HTMLTextAreaElement, language: () => string | undefined): HTMLElement {
  const preview = h('div', { class: 'review-preview', 'aria-hidden': 'true' });
  const findings = h('ul', { class: 'review-findings', 'aria-live': 'polite' });
  let timer: number | undefined;
  let latest = 0;

  async function review() {
    const text = textarea.value;
    const attempt = ++latest;
    if (!text.trim()) {
      replaceChildren(preview);
      replaceChildren(findings);
      return;
    }
    try {
      const { reviewReply } = await session.client.request(ReviewReplyDocument, { text, language: language() });
      if (attempt !== latest) return;
      replaceChildren(preview, highlighted(text, reviewReply));
      replaceChildren(findings,
        reviewReply.findings.map((f) => h('li', { class: 'finding' }, h('strong', {}, `“${f.text}”`), ` ${f.message} `, h('em', {}, `Try: ${f.suggestion}`))),
        reviewReply.questions.map((q) => h('li', { class: 'question' }, `${q.kind === 'OPEN' ? 'Open' : 'Closed'} question: “${q.text}”`)));
    } catch (error) {
      replaceChildren(findings, h('li', { class: 'field-error' }, (error as Error).message));
    }
  }

  textarea.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(review, 300); });
  return h('div', { class: 'reply-review' }, h('p', { class: 'hint' }, 'Reply review'), preview, findings);
}
