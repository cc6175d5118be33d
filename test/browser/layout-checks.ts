import type { Page } from 'playwright-core';

/** What a reader would trip over on one page at one width. */
export interface LayoutFindings {
  /** The document is wider than the window: the page scrolls sideways. */
  readonly overflow: { readonly scrollWidth: number; readonly clientWidth: number } | undefined;
  /** Pairs of texts drawn over each other, as "first | second". */
  readonly overlaps: readonly string[];
  /** Chart texts smaller than the smallest readable size, as "text: size px". */
  readonly tinyText: readonly string[];
  /** Charts a screen reader gets no name or no figures for. */
  readonly unlabelledCharts: readonly string[];
}

/**
 * Looks at the page as laid out by the browser: the document's width against
 * the window, every text's boxes (one per line, clipped by scrolling
 * containers) against every other's, the size chart text is drawn at once
 * the SVG has been scaled to its container, and each chart's text
 * alternative.
 */
export function findLayoutProblems(page: Page, minChartTextPx: number): Promise<LayoutFindings> {
  return page.evaluate((minPx) => {
    interface Box {
      readonly text: string;
      readonly owner: Element;
      readonly left: number;
      readonly top: number;
      readonly right: number;
      readonly bottom: number;
    }
    // Rounding and anti-aliasing: boxes that share less than this are apart.
    const TOLERANCE = 1.5;

    const root = document.documentElement;
    const overflow =
      root.scrollWidth > root.clientWidth
        ? { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
        : undefined;

    const hiddenCache = new Map<Element, boolean>();
    const hidden = (element: Element | null): boolean => {
      if (!element) return false;
      const known = hiddenCache.get(element);
      if (known !== undefined) return known;
      const style = getComputedStyle(element);
      const result =
        style.display === 'none' ||
        style.visibility === 'hidden' ||
        // Vega hides axis labels that would collide (labelOverlap) by drawing them fully transparent.
        style.opacity === '0' ||
        style.clipPath !== 'none' ||
        (style.clip !== 'auto' && style.clip !== '') ||
        hidden(element.parentElement);
      hiddenCache.set(element, result);
      return result;
    };

    // A scrolling container hides what lies outside it; only the visible part can collide.
    const clipCache = new Map<Element, DOMRect | undefined>();
    const clipOf = (node: Node | null): DOMRect | undefined => {
      const parent = node?.parentElement;
      if (!parent) return undefined;
      if (clipCache.has(parent)) return clipCache.get(parent);
      const outer = clipOf(parent);
      const style = getComputedStyle(parent);
      let clip = outer;
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const rect = parent.getBoundingClientRect();
        const left = Math.max(rect.left, outer?.left ?? -Infinity);
        const top = Math.max(rect.top, outer?.top ?? -Infinity);
        const right = Math.min(rect.right, outer?.right ?? Infinity);
        const bottom = Math.min(rect.bottom, outer?.bottom ?? Infinity);
        clip = new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
      }
      clipCache.set(parent, clip);
      return clip;
    };

    const boxes: Box[] = [];
    const add = (text: string, owner: Element, rect: DOMRect, clip: DOMRect | undefined) => {
      const left = Math.max(rect.left, clip?.left ?? -Infinity);
      const top = Math.max(rect.top, clip?.top ?? -Infinity);
      const right = Math.min(rect.right, clip?.right ?? Infinity);
      const bottom = Math.min(rect.bottom, clip?.bottom ?? Infinity);
      if (right - left > TOLERANCE && bottom - top > TOLERANCE)
        boxes.push({ text, owner, left, top, right, bottom });
    };

    // Chart text: one box per <text> (its lines are tspans of one label).
    for (const text of Array.from(document.querySelectorAll('svg text'))) {
      const content = text.textContent?.trim() ?? '';
      if (content === '' || hidden(text)) continue;
      add(content, text, text.getBoundingClientRect(), clipOf(text));
    }
    // Page text: one box per line of each text node.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const content = node.textContent?.trim() ?? '';
      if (!parent || content === '' || parent.closest('svg, script, style, noscript') || hidden(parent))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const clip = clipOf(node);
      for (const rect of Array.from(range.getClientRects())) add(content, parent, rect, clip);
    }

    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.owner === b.owner && a.text === b.text) continue;
        if (a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > TOLERANCE && height > TOLERANCE) overlaps.push(`${a.text} | ${b.text}`);
      }
    }

    const tinyText: string[] = [];
    for (const text of Array.from(document.querySelectorAll<SVGTextElement>('svg text'))) {
      const content = text.textContent?.trim() ?? '';
      const matrix = text.getScreenCTM();
      if (content === '' || !matrix || hidden(text)) continue;
      const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
      if (size < minPx) tinyText.push(`${content}: ${size.toFixed(1)} px`);
    }

    const unlabelledCharts: string[] = [];
    for (const svg of Array.from(document.querySelectorAll('figure svg'))) {
      const name = svg.getAttribute('aria-labelledby') ?? '';
      const description = svg.getAttribute('aria-describedby') ?? '';
      const title = name === '' ? null : document.getElementById(name);
      const desc = description === '' ? null : document.getElementById(description);
      if (!title?.textContent?.trim() || !desc?.textContent?.trim()) {
        unlabelledCharts.push(svg.getAttribute('aria-label') ?? svg.id ?? 'a chart');
      }
    }

    return { overflow, overlaps: [...new Set(overlaps)], tinyText, unlabelledCharts };
  }, minChartTextPx);
}
