import { VALUE_KEYS, type ValueKey } from '../../keys.ts';
import type { LocalizedText } from '../../localized-text.ts';
import type { Statement } from '../../statement.ts';
import { facets, values } from '../culture-values.ts';

/**
 * Two statements per culture value about the same behaviour: how much we live
 * it today (`current`) and how much it should matter (`desired`). The gap
 * between them shows where a team wants its culture to move. The `current`
 * statements ask checklist items 4.5–4.8, one item per facet.
 */
const wordings: Record<ValueKey, { current: LocalizedText; desired: LocalizedText }> = {
  'customer-obsessed': {
    current: {
      en: 'In our team, we think about the customer in everything we do.',
      nl: 'In ons team denken we bij alles wat we doen aan de klant.',
    },
    desired: {
      en: "It's important to me that in our team we think about the customer in everything we do.",
      nl: 'Ik vind het belangrijk dat we in ons team bij alles wat we doen aan de klant denken.',
    },
  },
  'integrity-openness': {
    current: {
      en: 'In our team, we are honest and open with customers, also when something has gone wrong.',
      nl: 'In ons team zijn we eerlijk en open tegen klanten, ook als er iets is misgegaan.',
    },
    desired: {
      en: "It's important to me that in our team we are honest and open with customers, also when something has gone wrong.",
      nl: 'Ik vind het belangrijk dat we in ons team eerlijk en open zijn tegen klanten, ook als er iets is misgegaan.',
    },
  },
  attentive: {
    current: {
      en: 'In our team, we notice what a customer needs, often before they ask.',
      nl: 'In ons team merken we op wat een klant nodig heeft, vaak al voordat die erom vraagt.',
    },
    desired: {
      en: "It's important to me that in our team we notice what a customer needs, often before they ask.",
      nl: 'Ik vind het belangrijk dat we in ons team opmerken wat een klant nodig heeft, vaak al voordat die erom vraagt.',
    },
  },
  surprising: {
    current: {
      en: "In our team, we regularly surprise customers with something they didn't expect.",
      nl: 'In ons team verrassen we klanten regelmatig met iets wat ze niet hadden verwacht.',
    },
    desired: {
      en: "It's important to me that in our team we regularly surprise customers with something they didn't expect.",
      nl: 'Ik vind het belangrijk dat we in ons team klanten regelmatig verrassen met iets wat ze niet hadden verwacht.',
    },
  },
  'hyper-personal': {
    current: {
      en: 'In our team, we know each other well as people, not just as colleagues.',
      nl: 'In ons team kennen we elkaar goed als mens, niet alleen als collega.',
    },
    desired: {
      en: "It's important to me that in our team we know each other well as people, not just as colleagues.",
      nl: 'Ik vind het belangrijk dat we elkaar in ons team goed kennen als mens, niet alleen als collega.',
    },
  },
  open: {
    current: {
      en: "In our team, we say what we think, even when it's uncomfortable.",
      nl: 'In ons team zeggen we wat we denken, ook als dat ongemakkelijk is.',
    },
    desired: {
      en: "It's important to me that in our team we say what we think, even when it's uncomfortable.",
      nl: 'Ik vind het belangrijk dat we in ons team zeggen wat we denken, ook als dat ongemakkelijk is.',
    },
  },
  caring: {
    current: {
      en: 'In our team, we look out for each other and help when someone is having a hard time.',
      nl: 'In ons team letten we op elkaar en helpen we als iemand het moeilijk heeft.',
    },
    desired: {
      en: "It's important to me that in our team we look out for each other and help when someone is having a hard time.",
      nl: 'Ik vind het belangrijk dat we in ons team op elkaar letten en helpen als iemand het moeilijk heeft.',
    },
  },
  appreciative: {
    current: {
      en: 'In our team, we regularly let each other know we value good work.',
      nl: 'In ons team laten we elkaar regelmatig merken dat we goed werk waarderen.',
    },
    desired: {
      en: "It's important to me that in our team we regularly let each other know we value good work.",
      nl: 'Ik vind het belangrijk dat we elkaar in ons team regelmatig laten merken dat we goed werk waarderen.',
    },
  },
  listening: {
    current: {
      en: 'In our team, we really listen to customers and each other before we decide what to do.',
      nl: 'In ons team luisteren we echt naar klanten en naar elkaar voordat we beslissen wat we doen.',
    },
    desired: {
      en: "It's important to me that in our team we really listen to customers and each other before we decide.",
      nl: 'Ik vind het belangrijk dat we in ons team echt naar klanten en elkaar luisteren voordat we iets beslissen.',
    },
  },
  'co-creating': {
    current: {
      en: 'In our team, we come up with improvements together with customers and colleagues.',
      nl: "In ons team bedenken we verbeteringen samen met klanten en collega's.",
    },
    desired: {
      en: "It's important to me that in our team we come up with improvements together with customers and colleagues.",
      nl: "Ik vind het belangrijk dat we in ons team verbeteringen samen met klanten en collega's bedenken.",
    },
  },
  'out-of-the-box': {
    current: {
      en: 'In our team, we dare to think differently and try unusual solutions.',
      nl: 'In ons team durven we anders te denken en ongewone oplossingen te proberen.',
    },
    desired: {
      en: "It's important to me that in our team we dare to think differently and try unusual solutions.",
      nl: 'Ik vind het belangrijk dat we in ons team anders durven te denken en ongewone oplossingen proberen.',
    },
  },
  'continuously-improving': {
    current: {
      en: 'In our team, we keep looking for ways to do our work a little better.',
      nl: 'In ons team zoeken we steeds naar manieren om ons werk net wat beter te doen.',
    },
    desired: {
      en: "It's important to me that in our team we keep looking for ways to do our work a little better.",
      nl: 'Ik vind het belangrijk dat we in ons team steeds zoeken naar manieren om ons werk net wat beter te doen.',
    },
  },
  'value-driven': {
    current: {
      en: 'In our team, our values guide what we do, even when a shortcut would be easier.',
      nl: 'In ons team laten we ons leiden door onze waarden, ook als een kortere weg makkelijker is.',
    },
    desired: {
      en: "It's important to me that in our team our values guide what we do, even when a shortcut would be easier.",
      nl: 'Ik vind het belangrijk dat we ons in ons team laten leiden door onze waarden, ook als een kortere weg makkelijker is.',
    },
  },
  'little-hierarchy': {
    current: {
      en: 'In our team, what you say counts, whatever your position.',
      nl: 'In ons team telt wat je zegt, welke functie je ook hebt.',
    },
    desired: {
      en: "It's important to me that in our team what you say counts, whatever your position.",
      nl: 'Ik vind het belangrijk dat in ons team telt wat je zegt, welke functie je ook hebt.',
    },
  },
  'small-is-better': {
    current: {
      en: 'In our team, we keep things small and close, with short lines and quick decisions.',
      nl: 'In ons team houden we het klein en dichtbij, met korte lijnen en snelle besluiten.',
    },
    desired: {
      en: "It's important to me that in our team we keep things small and close, with short lines and quick decisions.",
      nl: 'Ik vind het belangrijk dat we het in ons team klein en dichtbij houden, met korte lijnen en snelle besluiten.',
    },
  },
  'freedom-responsibility': {
    current: {
      en: 'In our team, we have a lot of freedom in our work and take full responsibility for the result.',
      nl: 'In ons team hebben we veel vrijheid in ons werk en nemen we volle verantwoordelijkheid voor het resultaat.',
    },
    desired: {
      en: "It's important to me that in our team we have a lot of freedom and take full responsibility for the result.",
      nl: 'Ik vind het belangrijk dat we in ons team veel vrijheid hebben en volle verantwoordelijkheid nemen voor het resultaat.',
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
