import { describe, expect, it } from 'vitest';
import { html, raw } from '../../src/web/html.ts';

describe('html templates', () => {
  it('escapes what a customer typed, in text and in attributes', () => {
    const typed = `<script>alert("x")</script> & 'quotes'`;
    expect(html`<p title="${typed}">${typed}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
  });

  it('keeps markup made by html, joins lists and leaves out empty values', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    // prettier-ignore
    const made = html`<ul>${items}</ul>${null}${undefined}${false}${raw('<hr>')}${0}`;
    expect(made.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>0');
  });
});
