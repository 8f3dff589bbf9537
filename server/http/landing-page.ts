/**
 * What `GET /graphql` shows a browser: Apollo's default page loads Sandbox from the internet and is
 * blank offline, so this page works with no network at all — a minimal explorer against this
 * endpoint — and says how to open the same endpoint in Apollo Sandbox when online.
 */
export function landingPageHtml(introspection: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Absher GraphQL API</title>
<style>
  :root { color-scheme: light; --green: #0b6b3a; }
  body { font: 15px/1.5 system-ui, "Segoe UI", Tahoma, sans-serif; margin: 0; color: #1b1b1b; background: #f5f7f6; }
  header { background: var(--green); color: #fff; padding: 16px 24px; display: flex; justify-content: space-between; gap: 16px; flex-wrap: wrap; }
  header h1 { margin: 0; font-size: 20px; }
  main { max-width: 1100px; margin: 0 auto; padding: 16px 24px; }
  .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
  @media (max-width: 800px) { .cols { grid-template-columns: 1fr; } }
  label { font-weight: 600; display: block; margin: 8px 0 4px; }
  textarea, input, pre { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, Menlo, Consolas, monospace; border: 1px solid #c8d0cc; border-radius: 6px; padding: 8px; background: #fff; }
  pre { min-height: 420px; margin: 0; overflow: auto; white-space: pre-wrap; }
  button { background: var(--green); color: #fff; border: 0; border-radius: 6px; padding: 8px 20px; font-size: 15px; margin-top: 8px; cursor: pointer; }
  button:focus-visible, a:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  code { background: #e7ecea; padding: 1px 4px; border-radius: 4px; }
  .ar { direction: rtl; text-align: right; }
</style>
</head>
<body>
<header><h1>Absher GraphQL API · واجهة أبشر البرمجية</h1><span>POST <code id="endpoint" style="color:#000">/graphql</code></span></header>
<main>
  <p>This endpoint speaks GraphQL over HTTP (<code>POST</code> with <code>Content-Type: application/json</code>).
  The contract is the committed <code>schema/schema.graphql</code>. ${introspection ? `To explore it in <strong>Apollo Sandbox</strong>, open
  <a id="sandbox" href="https://studio.apollographql.com/sandbox/explorer">studio.apollographql.com/sandbox/explorer</a> with this endpoint (needs the internet), or use the offline explorer below.` : 'Introspection is off on this server.'}</p>
  <p class="ar" lang="ar">هذه واجهة GraphQL لبوابة أبشر. للاستكشاف في Apollo Sandbox افتح الرابط أعلاه (يتطلب الإنترنت)، أو استخدم المستكشف أدناه دون اتصال.</p>
  <div class="cols">
    <div>
      <label for="query">Query</label>
      <textarea id="query" rows="12">query Catalogue {\n  authOptions { captchaRequired ssoEnabled }\n  me { username person { fullNameAr fullNameEn } }\n}</textarea>
      <label for="variables">Variables (JSON)</label>
      <textarea id="variables" rows="4">{}</textarea>
      <label for="token">Access token (optional, sent as <code>Authorization: Bearer …</code>)</label>
      <input id="token" autocomplete="off">
      <button id="run" type="button">Run ▶</button>
    </div>
    <div><label for="result">Result</label><pre id="result" tabindex="0" aria-live="polite"></pre></div>
  </div>
</main>
<script>
const endpoint = location.origin + location.pathname;
document.getElementById('endpoint').textContent = endpoint;
const sandbox = document.getElementById('sandbox');
if (sandbox) sandbox.href = 'https://studio.apollographql.com/sandbox/explorer?endpoint=' + encodeURIComponent(endpoint);
document.getElementById('run').addEventListener('click', async () => {
  const out = document.getElementById('result');
  let variables;
  try { variables = JSON.parse(document.getElementById('variables').value || '{}'); }
  catch (e) { out.textContent = 'Variables are not valid JSON: ' + e.message; return; }
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const token = document.getElementById('token').value.trim();
  if (token) headers.authorization = 'Bearer ' + token;
  try {
    const res = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query: document.getElementById('query').value, variables }) });
    out.textContent = 'HTTP ' + res.status + '\\n' + JSON.stringify(await res.json(), null, 2);
  } catch (e) { out.textContent = String(e); }
});
</script>
</body>
</html>`;
}
