/** The built manifests ask for the least they need, and say what the stores require. */
import { describe, expect, it } from 'vitest';
import { built } from './output.ts';

const manifest = (target: string) => JSON.parse(built(target, 'manifest.json'));

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  it('is Manifest V3 with only storage, activeTab and scripting, and no host permissions', () => {
    const m = manifest(target);
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('runs the content script in top frames of http(s) pages only', () => {
    const [script, ...others] = manifest(target).content_scripts;
    expect(others).toEqual([]);
    expect(script.matches.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(script.all_frames ?? false).toBe(false);
  });

  it('exposes nothing to pages (no web-accessible resources)', () => {
    expect(manifest(target).web_accessible_resources ?? []).toEqual([]);
  });

  it('forbids remote connections from its own pages', () => {
    const csp: string = manifest(target).content_security_policy.extension_pages;
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).toMatch(/default-src 'self'(;|$)/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('is localised, with icons at every size the stores ask for', () => {
    const m = manifest(target);
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(Object.keys(m.icons).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 64, 96, 128]);
  });
});

describe('Firefox manifest', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
