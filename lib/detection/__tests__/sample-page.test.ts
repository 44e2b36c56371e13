// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createSandboxApp } from '../../../sandbox/app';
import { SAMPLE_PAGE_PATH } from '../../../sandbox/routes/sample-page';
import { SandboxState } from '../../../sandbox/state';
import { detectOnDemand } from '../on-demand';
import { closeWindows, loadHtml } from './fixture';

afterEach(closeWindows);

describe("the demo's sample candidate page", () => {
  it('should be served by the sandbox and prefill its person with their address', async () => {
    const response = await createSandboxApp(new SandboxState()).request(SAMPLE_PAGE_PATH);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const url = `http://127.0.0.1:8787${SAMPLE_PAGE_PATH}`;
    const doc = loadHtml('', url);
    doc.documentElement.innerHTML = (await response.text()).replace(/^<!DOCTYPE html>/, '');
    expect(detectOnDemand(doc, url)[0]).toEqual({
      source: 'page-heading',
      email: 'ada.quinn@example.com',
      name: 'Ada Quinn',
    });
  });
});
