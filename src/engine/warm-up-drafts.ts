/**
 * One everyday draft per language for warmUpSteps() (./core) to analyse once, so each rule's code and regexes have
 * run before the first real check. Numbers, a price, a size and a date make the recap patterns run too. No
 * sentence here starts like an English question without "?", so warming up never asks the question tagger.
 */
import type { Lang } from './types';

export const WARM_UP_DRAFTS: Record<Lang, string> = {
  en: 'Hi Anna,\n\nsorry for the delay, the parcel was late. I can send the blue scarf, 2 x 180 cm, for €45 on 12.3. by DHL.\nWould that be fine?\n\nBest regards,\nTom',
  de: 'Hallo Anna,\n\nentschuldige die Verspätung, das Paket kam zu spät. Ich kann den blauen Schal, 2 x 180 cm, für 45 € am 12.3. mit DHL schicken.\nPasst das für dich?\n\nViele Grüße\nTom',
  fi: 'Hei Anna,\n\npahoittelen viivästystä, paketti myöhästyi. Voin lähettää sinisen huivin, 2 x 180 cm, 45 € hintaan 12.3. Postilla.\nSopiiko se sinulle?\n\nTerveisin\nTuomas',
  bs: 'Zdravo Ana,\n\nizvini zbog kašnjenja, paket je kasnio. Mogu poslati plavi šal, 2 x 180 cm, za 45 KM 12.3. brzom poštom.\nDa li ti to odgovara?\n\nPozdrav,\nTarik',
};

/** A customer's message per language: with it the warm-up reads questions too (unanswered-question's patterns). */
export const WARM_UP_CUSTOMER: Record<Lang, string> = {
  en: 'Hi, is the blue scarf still available? And what would shipping cost?',
  de: 'Hallo, ist der blaue Schal noch da? Und was kostet der Versand?',
  fi: 'Hei, onko sininen huivi vielä myynnissä? Ja paljonko postikulut on?',
  bs: 'Zdravo, da li je plavi šal još dostupan? I koliko košta poštarina?',
};
