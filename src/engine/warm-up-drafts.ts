/**
 * One everyday draft per language for warmUpSteps() (./core) to analyse once, so each rule's code and regexes have
 * run before the first real check. Numbers, a price, a size and a date make the recap patterns run too. No
 * sentence here starts like an English question without "?", so warming up never asks the question tagger.
 */
import type { Lang, ThreadMessage } from './types';

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

/** A seller's promise with a due day per language: in a short warm-up thread it runs conversation memory's code. */
const WARM_UP_PROMISE: Record<Lang, string> = {
  en: "Thanks! I'll send you the photos tomorrow and it ships by Friday.",
  de: 'Danke! Ich schicke Ihnen morgen die Fotos, und bis Freitag geht es raus.',
  fi: 'Kiitos! Lähetän kuvat huomenna ja paketti lähtee perjantaihin mennessä.',
  bs: 'Hvala! Poslat ću vam slike sutra, a paket šaljem do petka.',
};

/** A customer asking where things stand: after a promise, the question that makes memory read every message. */
const WARM_UP_STATUS: Record<Lang, string> = {
  en: 'Hi, any news? Has the parcel been sent yet?',
  de: 'Hallo, gibt es schon Neuigkeiten? Ist das Paket schon verschickt?',
  fi: 'Hei, onko uutisia? Onko paketti jo lähtenyt?',
  bs: 'Zdravo, ima li novosti? Da li je paket već poslan?',
};

/** A short thread per language: a question, the seller's promise (past due by the last message) and a question
 * about where things stand, so memory's promise and status code runs in the warm-up, not at the first real thread. */
export function warmUpThread(lang: Lang): ThreadMessage[] {
  return [
    { author: 'customer', at: '2025-02-24T09:00:00+01:00', text: WARM_UP_CUSTOMER[lang] },
    { author: 'seller', at: '2025-02-24T12:00:00+01:00', text: WARM_UP_PROMISE[lang] },
    { author: 'customer', at: '2025-02-28T20:00:00+01:00', text: WARM_UP_STATUS[lang] },
  ];
}
