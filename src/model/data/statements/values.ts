import { VALUE_KEYS, type ValueKey } from '../../keys.ts';
import type { LocalizedText } from '../../localized-text.ts';
import type { Statement } from '../../statement.ts';
import { facets, values } from '../culture-values.ts';

/**
 * Two statements per culture value about the same behaviour: how much we live
 * it today (`current`) and whether the team would do better with more of it
 * (`desired`). "It matters to me" on an agreement scale draws agreement for
 * every value alike; "we would do better with more" sets the values apart,
 * so the report can rank what a team wants more of. The `current` statements
 * ask checklist items 4.5–4.8, one item per facet.
 */
const wordings: Record<ValueKey, { current: LocalizedText; desired: LocalizedText }> = {
  'customer-obsessed': {
    current: {
      en: 'In our team, we think about the customer in everything we do.',
      nl: 'In ons team denken we bij alles wat we doen aan de klant.',
    },
    desired: {
      en: 'Our team would do better if we put the customer first more often in what we do.',
      nl: 'Ons team zou het beter doen als we bij wat we doen vaker de klant voorop zetten.',
    },
  },
  'integrity-openness': {
    current: {
      en: 'In our team, we are honest and open with customers, also when something has gone wrong.',
      nl: 'In ons team zijn we eerlijk en open tegen klanten, ook als er iets is misgegaan.',
    },
    desired: {
      en: 'Our team would do better if we were more open with customers, also about what went wrong.',
      nl: 'Ons team zou het beter doen als we opener waren tegen klanten, ook over wat er misging.',
    },
  },
  attentive: {
    current: {
      en: 'In our team, we notice what a customer needs, often before they ask.',
      nl: 'In ons team merken we op wat een klant nodig heeft, vaak al voordat die erom vraagt.',
    },
    desired: {
      en: 'Our team would do better if we picked up more often on what a customer needs before they ask.',
      nl: 'Ons team zou het beter doen als we vaker oppikten wat een klant nodig heeft, nog voordat die erom vraagt.',
    },
  },
  surprising: {
    current: {
      en: "In our team, we regularly surprise customers with something they didn't expect.",
      nl: 'In ons team verrassen we klanten regelmatig met iets wat ze niet hadden verwacht.',
    },
    desired: {
      en: "Our team would do better if we surprised customers more often with something they didn't expect.",
      nl: 'Ons team zou het beter doen als we klanten vaker verrasten met iets wat ze niet hadden verwacht.',
    },
  },
  'hyper-personal': {
    current: {
      en: 'In our team, we know each other well as people, not just as colleagues.',
      nl: 'In ons team kennen we elkaar goed als mens, niet alleen als collega.',
    },
    desired: {
      en: 'Our team would do better if we got to know each other better as people.',
      nl: 'Ons team zou het beter doen als we elkaar beter leerden kennen als mens.',
    },
  },
  open: {
    current: {
      en: "In our team, we say what we think, even when it's uncomfortable.",
      nl: 'In ons team zeggen we wat we denken, ook als dat ongemakkelijk is.',
    },
    desired: {
      en: "Our team would do better if we said what we think more often, even when it's uncomfortable.",
      nl: 'Ons team zou het beter doen als we vaker zeiden wat we denken, ook als dat ongemakkelijk is.',
    },
  },
  caring: {
    current: {
      en: 'In our team, we look out for each other and help when someone is having a hard time.',
      nl: 'In ons team letten we op elkaar en helpen we als iemand het moeilijk heeft.',
    },
    desired: {
      en: 'Our team would do better if we looked out for each other more when someone is having a hard time.',
      nl: 'Ons team zou het beter doen als we meer op elkaar letten en elkaar vaker hielpen als het zwaar is.',
    },
  },
  appreciative: {
    current: {
      en: 'In our team, we regularly let each other know we value good work.',
      nl: 'In ons team laten we elkaar regelmatig merken dat we goed werk waarderen.',
    },
    desired: {
      en: "Our team would do better if we showed more often that we value each other's work.",
      nl: 'Ons team zou het beter doen als we vaker lieten merken dat we elkaars werk waarderen.',
    },
  },
  listening: {
    current: {
      en: 'In our team, we really listen to customers and each other before we decide what to do.',
      nl: 'In ons team luisteren we echt naar klanten en naar elkaar voordat we beslissen wat we doen.',
    },
    desired: {
      en: 'Our team would do better if we listened more to customers and each other before we decide.',
      nl: 'Ons team zou het beter doen als we beter naar klanten en elkaar luisterden voordat we iets besluiten.',
    },
  },
  'co-creating': {
    current: {
      en: 'In our team, we come up with improvements together with customers and colleagues.',
      nl: "In ons team bedenken we verbeteringen samen met klanten en collega's.",
    },
    desired: {
      en: 'Our team would do better if we worked out improvements with customers and colleagues more often.',
      nl: "Ons team zou het beter doen als we vaker samen met klanten en collega's verbeteringen bedachten.",
    },
  },
  'out-of-the-box': {
    current: {
      en: 'In our team, we dare to think differently and try unusual solutions.',
      nl: 'In ons team durven we anders te denken en ongewone oplossingen te proberen.',
    },
    desired: {
      en: 'Our team would do better if we dared more often to think differently and try unusual solutions.',
      nl: 'Ons team zou het beter doen als we vaker anders durfden te denken en ongewone oplossingen uitprobeerden.',
    },
  },
  'continuously-improving': {
    current: {
      en: 'In our team, we keep looking for ways to do our work a little better.',
      nl: 'In ons team zoeken we steeds naar manieren om ons werk net wat beter te doen.',
    },
    desired: {
      en: 'Our team would do better if we put more effort into doing our work a little better each time.',
      nl: 'Ons team zou het beter doen als we meer moeite deden om ons werk steeds een beetje beter te doen.',
    },
  },
  'value-driven': {
    current: {
      en: 'In our team, our values guide what we do, even when a shortcut would be easier.',
      nl: 'In ons team laten we ons leiden door onze waarden, ook als een kortere weg makkelijker is.',
    },
    desired: {
      en: 'Our team would do better if we let our values guide us more, even when a shortcut is easier.',
      nl: 'Ons team zou het beter doen als we ons meer door onze waarden lieten leiden, ook als een kortere weg makkelijker is.',
    },
  },
  'little-hierarchy': {
    current: {
      en: 'In our team, what you say counts, whatever your position.',
      nl: 'In ons team telt wat je zegt, welke functie je ook hebt.',
    },
    desired: {
      en: 'Our team would do better if what people say counted more, whatever their position.',
      nl: 'Ons team zou het beter doen als wat iemand zegt meer telde, welke functie die ook heeft.',
    },
  },
  'small-is-better': {
    current: {
      en: 'In our team, we keep things small and close, with short lines and quick decisions.',
      nl: 'Ons team werkt kleinschalig en dicht op elkaar, met korte lijnen en snelle besluiten.',
    },
    desired: {
      en: 'Our team would do better with shorter lines and quicker decisions.',
      nl: 'Ons team zou het beter doen met kortere lijnen en snellere besluiten.',
    },
  },
  'freedom-responsibility': {
    current: {
      en: 'In our team, we have a lot of freedom in our work and take full responsibility for the result.',
      nl: 'In ons team hebben we veel vrijheid in ons werk en nemen we volle verantwoordelijkheid voor het resultaat.',
    },
    desired: {
      en: 'Our team would do better with more freedom in our work and full responsibility for the result.',
      nl: 'Ons team zou het beter doen met meer vrijheid in ons werk en de volle verantwoordelijkheid voor het resultaat.',
    },
  },
};

function facetSource(key: ValueKey): string | undefined {
  const facet = values.find((value) => value.key === key)?.facet;
  return facets.find((entry) => entry.key === facet)?.source;
}

export const valueStatements: Statement[] = VALUE_KEYS.flatMap((key) => {
  const source = facetSource(key);
  const both = (text: LocalizedText) => ({ employee: text, leader: text });
  return [
    {
      id: `value.${key}.current`,
      target: { kind: 'value', key },
      ...(source === undefined ? {} : { source }),
      scale: 'agree5',
      variant: 'current',
      text: both(wordings[key].current),
    },
    {
      id: `value.${key}.desired`,
      target: { kind: 'value', key },
      scale: 'agree5',
      variant: 'desired',
      text: both(wordings[key].desired),
    },
  ] satisfies Statement[];
});
