// XML output for CAP documents and feeds: an element tree serialised with every text and attribute escaped.

/** An element: its name, attributes and children (elements or text), in document order. */
export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string>>;
  children?: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Shorthand for an element; `undefined` children are left out, so optional CAP elements read as one line each. */
export function el(name: string, children: readonly (XmlNode | undefined)[] | string = [], attributes?: Record<string, string>): XmlElement {
  const list = typeof children === 'string' ? [children] : children.filter((child): child is XmlNode => child !== undefined);
  return { name, children: list, ...(attributes && { attributes }) };
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): U+FFFD instead. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: `&` and `<` escaped (and `>`, so `]]>` never appears), characters XML cannot hold replaced. */
export function escapeText(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: the text escapes plus `"`, and line breaks and tabs kept as references. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

/**
 * The document: an XML declaration and the root element, one child element a line.
 * @example writeXml(el('alert', [el('identifier', 'x-1')], { xmlns: CAP_NAMESPACE }))
 */
export function writeXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, 0, out);
  return out.join('');
}

function write(element: XmlElement, depth: number, out: string[]): void {
  if (!NAME.test(element.name)) throw new Error(`not an XML name: ${element.name}`);
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(element.attributes ?? {}).map(([name, value]) => {
    if (!NAME.test(name)) throw new Error(`not an XML name: ${name}`);
    return ` ${name}="${escapeAttribute(value)}"`;
  });
  const children = element.children ?? [];
  out.push(`${indent}<${element.name}${attributes.join('')}`);
  if (children.length === 0) {
    out.push('/>\n');
  } else if (children.every((child) => typeof child === 'string')) {
    out.push(`>${children.map((child) => escapeText(child as string)).join('')}</${element.name}>\n`);
  } else {
    out.push('>\n');
    for (const child of children) {
      if (typeof child === 'string') out.push(`${indent}  ${escapeText(child)}\n`);
      else write(child, depth + 1, out);
    }
    out.push(`${indent}</${element.name}>\n`);
  }
}
