import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../src/lib/link-policy';

describe('linkTarget: what a content link or image may point to', () => {
  it.each([
    ['javascript:alert(1)', 'protocole « javascript: » interdit'],
    ['JaVaScRiPt:alert(1)', 'protocole « javascript: » interdit'],
    ['vbscript:msgbox(1)', 'protocole « vbscript: » interdit'],
    ['file:///etc/passwd', 'protocole « file: » interdit'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'protocole « data: » interdit'],
    ['http://exemple.org/', 'protocole « http: » interdit'],
    ['https://nom:secret@exemple.org/', 'adresse avec un identifiant ou un mot de passe'],
    ['https://exemple.org/a b', 'adresse avec une espace ou un caractère de contrôle'],
    ['java\tscript:x', 'adresse avec une espace ou un caractère de contrôle'],
    ['//evil.example/', 'adresse sans protocole'],
    ['rapport/7/', 'adresse relative'],
    ['mailto:pas une adresse', 'adresse avec une espace'],
    ['mailto:x', 'adresse électronique invalide'],
    ['', 'lien sans adresse'],
  ])('refuses the link %j', (url, message) => {
    const target = linkTarget(url, 'lien');
    expect(target.kind).toBe('refused');
    expect(target.kind === 'refused' && target.message).toContain(message);
  });

  it('accepts https: and mailto: links', () => {
    expect(linkTarget('https://www.itu.int/fr/', 'lien')).toEqual({ kind: 'external' });
    expect(linkTarget('mailto:secretariat@exemple.org', 'lien')).toEqual({ kind: 'external' });
  });

  it('reads internal links and their fragment, percent-decoded, for the check after the build', () => {
    expect(linkTarget('/rapport/7/#p7-3', 'lien')).toEqual({ kind: 'internal', path: '/rapport/7/', fragment: 'p7-3' });
    expect(linkTarget('/glossaire/?x=1', 'lien')).toEqual({
      kind: 'internal',
      path: '/glossaire/',
      fragment: undefined,
    });
    expect(linkTarget('#s7-%C3%A9t%C3%A9', 'lien')).toEqual({ kind: 'internal', path: '', fragment: 's7-été' });
    expect(linkTarget('/a/#%', 'lien')).toEqual({ kind: 'internal', path: '/a/', fragment: '%' });
  });

  it('accepts images from the project only', () => {
    expect(linkTarget('/images/carte.png', 'image')).toMatchObject({ kind: 'internal' });
    const offSite = linkTarget('https://evil.example/t.png', 'image');
    expect(offSite.kind === 'refused' && offSite.message).toContain('image hors du site');
    const mail = linkTarget('mailto:a@b.org', 'image');
    expect(mail.kind).toBe('refused');
  });
});
