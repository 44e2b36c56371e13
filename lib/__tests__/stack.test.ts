// @vitest-environment node
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The specified stack (docs/product.md, Budgets): what runs is what package.json says, with no stand-in.

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  engines?: { node?: string };
};

describe('the stack the project is specified with', () => {
  it('should run on react, react-dom, @webext-core/messaging, zustand and zod', () => {
    for (const name of ['react', 'react-dom', '@webext-core/messaging', 'zustand', 'zod'])
      expect(pkg.dependencies, name).toHaveProperty(name);
  });

  it('should build and test with wxt and vitest, and declare what the build imports itself', () => {
    for (const name of ['wxt', 'vitest', 'vite', 'rolldown']) expect(pkg.devDependencies, name).toHaveProperty(name);
  });

  it('should have no other renderer, and no alias of react in the build', () => {
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('preact');
    const config = fs.readFileSync('wxt.config.ts', 'utf8');
    expect(config).not.toMatch(/alias/);
    expect(config).not.toMatch(/preact/i);
  });

  it('should say which Node versions it runs on', () => {
    expect(pkg.engines?.node).toMatch(/^>=\s*20/);
  });
});
