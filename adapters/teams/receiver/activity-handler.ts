import type { Activity, AdaptiveCardActionCardResponse, InvokeResponse } from '@microsoft/teams.api';
import type { AdaptiveCard } from '../render/adaptive-card.ts';

/** What the receiver knows about an activity beyond the activity itself. */
export interface TeamsTurnContext {
  /**
   * The Bot Connector of the activity's tenant (no trailing slash), checked
   * against the token's `serviceurl` claim: replies and proactive sends for
   * this tenant go there. It differs by region and moves, so keep the latest.
   */
  readonly serviceUrl: string;
  /** The Entra tenant the activity came from, when Teams names one. */
  readonly tenantId: string | undefined;
  /** When the bot received it, on the injected clock. */
  readonly receivedAt: Date;
}

/**
 * A handler's answer. Nothing means a plain 200. For an invoke (a card's
 * `Action.Execute`, `adaptiveCard/action`), `invokeResponse` is what Teams
 * shows: a refreshed card, a message or an error.
 */
export type TeamsActivityResult = void | { readonly invokeResponse: InvokeResponse };

/**
 * Every verified activity comes here: `message`, `invoke`,
 * `conversationUpdate`, `installationUpdate` and the rest, told apart by
 * `activity.type` (and `activity.name` for invokes). Teams waits for the
 * answer, so long work (a fan-out) belongs in the job queue, not here.
 */
export type TeamsActivityHandler = (
  activity: Activity,
  context: TeamsTurnContext,
) => Promise<TeamsActivityResult>;

type SdkCard = AdaptiveCardActionCardResponse['value'];

/** The invoke response that replaces the tapped card with `card` in place. */
export function refreshedCard(card: AdaptiveCard | SdkCard): {
  readonly invokeResponse: InvokeResponse<'adaptiveCard/action'>;
} {
  // Our cards spell msteams.width "Full", as Microsoft's card docs do; the SDK's type has only "full".
  const value = card as SdkCard;
  return {
    invokeResponse: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value },
    },
  };
}

/** The invoke response that leaves the tapped card as it is and shows `text` to the person who tapped. */
export function invokeMessage(text: string): {
  readonly invokeResponse: InvokeResponse<'adaptiveCard/action'>;
} {
  return {
    invokeResponse: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
    },
  };
}
