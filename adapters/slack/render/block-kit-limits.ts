/**
 * Slack's Block Kit limits, checked in tests against every render (and
 * usable at run time to log a render that would be refused). Sources: the
 * Block Kit reference pages for each block and element.
 */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  privateMetadata: 3000,
  callbackId: 255,
  inputLabel: 2000,
  placeholder: 150,
} as const;

type Json = Record<string, unknown>;

/**
 * Lists every limit a message or view breaks (empty when it is valid).
 * `surface` is 'message' (50 blocks) or 'view' (modal and App Home, 100).
 */
export function blockKitViolations(
  payload: { blocks: readonly unknown[] } & Json,
  surface: 'message' | 'view',
): string[] {
  const problems: string[] = [];
  const problem = (where: string, what: string): void => {
    problems.push(`${where}: ${what}`);
  };
  const maxBlocks = surface === 'message' ? LIMITS.messageBlocks : LIMITS.viewBlocks;
  if (payload.blocks.length > maxBlocks) problem('blocks', `${payload.blocks.length} > ${maxBlocks}`);
  if (typeof payload.text === 'string' && payload.text.length > LIMITS.messageText)
    problem('text', 'too long');

  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  const checkText = (where: string, text: unknown, max: number): void => {
    const value = (text as Json | undefined)?.text;
    if (typeof value !== 'string' || value.length === 0) problem(where, 'empty or missing text');
    else if (value.length > max) problem(where, `text ${value.length} > ${max}`);
  };
  const checkElement = (where: string, element: Json): void => {
    const actionId = element.action_id;
    if (typeof actionId === 'string') {
      if (actionId.length > LIMITS.actionId) problem(where, 'action_id too long');
      if (actionIds.has(actionId)) problem(where, `duplicate action_id ${actionId}`);
      actionIds.add(actionId);
    }
    if (element.type === 'button') {
      checkText(`${where}.text`, element.text, LIMITS.buttonText);
      if (typeof element.value === 'string' && element.value.length > LIMITS.buttonValue) {
        problem(where, 'button value too long');
      }
      if (typeof element.url === 'string' && element.url.length > LIMITS.buttonUrl)
        problem(where, 'url too long');
    }
    if (element.placeholder !== undefined)
      checkText(`${where}.placeholder`, element.placeholder, LIMITS.placeholder);
  };

  payload.blocks.forEach((raw, index) => {
    const block = raw as Json;
    const where = `blocks[${index}] (${String(block.type)})`;
    if (typeof block.block_id === 'string') {
      if (block.block_id.length > LIMITS.blockId) problem(where, 'block_id too long');
      if (blockIds.has(block.block_id)) problem(where, `duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'section': {
        if (block.text !== undefined) checkText(where, block.text, LIMITS.sectionText);
        const fields = block.fields as Json[] | undefined;
        if (fields) {
          if (fields.length > LIMITS.sectionFields) problem(where, 'too many fields');
          fields.forEach((field, i) => checkText(`${where}.fields[${i}]`, field, LIMITS.sectionFieldText));
        }
        if (block.text === undefined && !fields) problem(where, 'neither text nor fields');
        if (block.accessory) checkElement(`${where}.accessory`, block.accessory as Json);
        break;
      }
      case 'header':
        checkText(where, block.text, LIMITS.headerText);
        break;
      case 'context': {
        const elements = block.elements as Json[];
        if (elements.length === 0 || elements.length > LIMITS.contextElements) {
          problem(where, `${elements.length} elements`);
        }
        elements.forEach((element, i) => {
          if (element.type !== 'image') checkText(`${where}.elements[${i}]`, element, LIMITS.contextText);
        });
        break;
      }
      case 'actions': {
        const elements = block.elements as Json[];
        if (elements.length === 0 || elements.length > LIMITS.actionsElements) {
          problem(where, `${elements.length} elements`);
        }
        elements.forEach((element, i) => checkElement(`${where}.elements[${i}]`, element));
        break;
      }
      case 'input':
        checkText(`${where}.label`, block.label, LIMITS.inputLabel);
        checkElement(`${where}.element`, block.element as Json);
        break;
      case 'divider':
      case 'image':
        break;
      default:
        problem(where, 'unexpected block type');
    }
  });
  return problems;
}

/** Checks the view-level limits of a modal or App Home view, then its blocks. */
export function viewViolations(view: { blocks: readonly unknown[] } & Json): string[] {
  const problems = blockKitViolations(view, 'view');
  const check = (field: string, max: number): void => {
    const text = (view[field] as Json | undefined)?.text;
    if (text !== undefined && (typeof text !== 'string' || text.length === 0 || text.length > max)) {
      problems.push(`${field}: must be 1–${max} characters`);
    }
  };
  if (view.type === 'modal') {
    check('title', LIMITS.viewTitle);
    check('submit', LIMITS.viewSubmit);
    check('close', LIMITS.viewClose);
    if (view.title === undefined) problems.push('title: missing');
  }
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > LIMITS.privateMetadata) {
    problems.push('private_metadata too long');
  }
  if (typeof view.callback_id === 'string' && view.callback_id.length > LIMITS.callbackId) {
    problems.push('callback_id too long');
  }
  return problems;
}
