// Explainer and source pages must be readable with JavaScript off: their server HTML holds the text.
// Prints JSON: for each page, whether the article text is in the HTML as sent.
const base = process.argv[2] ?? 'http://localhost:3300';
const checks = [
  { path: '/explainers/minusma', mustContain: ['Why Mali asked the mission to leave', 'Sources for this module'] },
  { path: '/sources/mali-asks-un-to-withdraw-peacekeepers', mustContain: ['id="p1"', 'crisis of confidence'] },
];

async function main() {
  const out = [];
  for (const check of checks) {
    const html = await (await fetch(`${base}${check.path}`)).text();
    const visible = html.replace(/<script[\s\S]*?<\/script>/g, '');
    out.push({ path: check.path, readable: check.mustContain.every((s) => visible.includes(s)), htmlBytes: html.length });
  }
  console.log(JSON.stringify(out));
}

void main();
