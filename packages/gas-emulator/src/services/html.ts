/** HtmlService and HtmlOutput: sidebar/dialog content read from files next to the bundle. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxMode, XFrameOptionsMode } from '../enums.ts';
import { ServiceObject } from '../serviceObject.ts';

export class HtmlOutputImpl extends ServiceObject {
  readonly _className = 'HtmlOutput';
  private title = '';
  private width = 300;
  private height = 500;
  readonly _meta: Array<{ name: string; content: string }> = [];

  constructor(private content: string) {
    super();
  }

  static from(v: unknown): HtmlOutputImpl {
    if (v instanceof HtmlOutputImpl) return v;
    throw new Error('Cannot find method showSidebar(object).');
  }

  getContent(): string {
    return this.content;
  }
  setContent(c: unknown): this {
    this.content = String(c);
    return this;
  }
  append(c: unknown): this {
    this.content += String(c);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(t: unknown): this {
    this.title = String(t);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(w: unknown): this {
    this.width = Number(w);
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(h: unknown): this {
    this.height = Number(h);
    return this;
  }
  setSandboxMode(_m: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_m: unknown): this {
    return this;
  }
  setFaviconUrl(_u: unknown): this {
    return this;
  }
  addMetaTag(name: unknown, content: unknown): this {
    this._meta.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): Array<{ name: string; content: string }> {
    return [...this._meta];
  }
}

export class HtmlServiceImpl extends ServiceObject {
  readonly _className = 'HtmlService';
  constructor(private readonly htmlDir: string) {
    super();
  }
  override _fields(): Record<string, unknown> {
    return { SandboxMode, XFrameOptionsMode };
  }
  createHtmlOutput(html?: unknown): HtmlOutputImpl {
    return new HtmlOutputImpl(html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(name: unknown): HtmlOutputImpl {
    const n = String(name);
    const file = join(this.htmlDir, n.endsWith('.html') ? n : `${n}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${n} was found.`);
    return new HtmlOutputImpl(readFileSync(file, 'utf8'));
  }
}
