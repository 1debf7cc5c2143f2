import { expect, test } from '@playwright/test';

/**
 * Issue 12, defect 8: a server action is an HTTP endpoint (POST with a `Next-Action` header) whose arguments
 * Next.js decodes from the body, so anyone can call one with arguments that are not [state, FormData]. Each
 * must answer with a 4xx state, never a 500. Action ids are read from the pages' progressive-enhancement forms.
 */
const PAGES = ['/teacher/sign-in', '/teacher/sign-up', '/join'];
const CRAFTED = ['[]', '[null,null]', '[{},{}]', '[{"ok":false,"status":0},"name=x"]', '[{"ok":false,"status":0},42]', '[{"ok":false,"status":0},["a","b"]]', '{"a":1}', '["$K1"]', '["$T"]', 'not json', '"a string"', '["$Q1"]', '["$S1"]', '[{"a":"$Q2"}]'];

async function actionIds(request: import('@playwright/test').APIRequestContext, path: string): Promise<string[]> {
  const html = (await (await request.get(path)).text()).replace(/&quot;/g, '"');
  return [...new Set([...html.matchAll(/"id":"([0-9a-f]{40,})"/g)].map((m) => m[1]!))];
}

test('server actions answer crafted arguments with a 4xx state, not a 500', async ({ request, baseURL }) => {
  let tried = 0;
  for (const path of PAGES) {
    const ids = await actionIds(request, path);
    expect(ids.length, `${path} has a form action`).toBeGreaterThan(0);
    for (const id of ids) {
      for (const body of CRAFTED) {
        const res = await request.post(path, { headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', origin: baseURL! }, data: body });
        const text = await res.text();
        expect(res.status(), `${path} ${id} ${body}: ${text.slice(0, 200)}`).toBeLessThan(500);
        expect(text, `${path} ${body}`).toMatch(/"status":4\d\d,"error":"[^"]{10,}/);
        tried += 1;
      }
    }
  }
  console.log(`crafted server-action posts: ${tried}, none answered 500`);
});
