// The extractors the recap rule (and later conversation memory) read typed values with: amounts and order details.
import { describe, expect, it } from 'vitest';
import { amountValues, findAmounts } from '../../src/engine/extract/amounts';
import { findDetails, itemWords, withCustomerItems } from '../../src/engine/extract/details';
import { compiledPack } from '../../src/engine/compiled';
import type { Lang } from '../../src/engine/types';

const fields = (lang: Lang, text: string, customer?: string) => {
  const pack = compiledPack(lang);
  const found = withCustomerItems(
    pack,
    findDetails(pack, text),
    text,
    customer ? itemWords(pack, customer) : { stems: new Set(), compounds: [] },
  );
  return Object.fromEntries(Object.entries(found).map(([f, m]) => [f, m!.text]));
};

describe('amounts', () => {
  it('reads amounts with a currency and their value', () => {
    expect(findAmounts('Das macht 35 € plus 4,50 € Versand').map((a) => [a.value, a.currency])).toEqual([
      [35, true],
      [4.5, true],
    ]);
    expect(amountValues('£1,140 in total')).toEqual([1140]);
    expect(amountValues('100 KM, 20e, 35,-')).toEqual([100, 20, 35]);
  });
  it('reads German currency nouns, capitalised as German writes them, and Swiss prices as money', () => {
    for (const [t, v] of [
      ['für 80 Euro', 80],
      ['120 Franken und er gehört dir', 120],
      ['30 Stutz', 30],
      ['Fr. 45', 45],
      ['Preis 80.– inkl. Versand', 80],
    ] as const)
      expect(
        findAmounts(t).map((a) => [a.value, a.currency]),
        t,
      ).toEqual([[v, true]]);
    // A range of days is no price: "vom 12.-14. Mai".
    expect(findAmounts('vom 12.-14. Mai').filter((a) => a.currency)).toEqual([]);
  });
  it('reads bare whole numbers that can only be amounts', () => {
    expect(findAmounts('ok 45 wie besprochen').map((a) => [a.value, a.currency])).toEqual([[45, false]]);
    expect(amountValues('Može 40?')).toEqual([40]);
  });
  it('reads a whole number with a thousands mark as one amount ("1.500 za obe", "1,200"), not a measure or a date', () => {
    expect(amountValues('Može, 1.500 za obe')).toEqual([1500]);
    expect(amountValues('I can do 1,200 for the sofa')).toEqual([1200]);
    expect(amountValues("kostet 1'200 Franken")).toEqual([1200]);
    expect(amountValues('wiegt 1.500 kg')).toEqual([]);
    expect(amountValues('am 1.12.2025')).toEqual([]);
  });
  it('leaves dates, times, measures, years, phone and house numbers alone', () => {
    for (const t of [
      'am 20.7. fertig',
      'the 20th',
      'um 17:00',
      'ab 18h',
      'at 6 pm',
      '350 g',
      'mit 50-mm-Objektiv',
      'seit 2019',
      'Tel 0176 1234567',
      'Hauptstr. 12',
      'change my address to 200 Market St',
      'come to 14 Rose Road',
      '2. Stock',
    ]) {
      expect(amountValues(t), t).toEqual([]);
    }
  });
  it('reads a BCS "60 km" as marks, not a mileage or a distance; elsewhere "20 km" is a distance', () => {
    expect(amountValues('Dajem 60 km + postarina', 'bs')).toEqual([60]);
    expect(amountValues('moze 250 km, saljem odmah', 'bs')).toEqual([250]);
    expect(amountValues('za 70km licno preuzimanje', 'bs')).toEqual([70]);
    for (const t of ['oko 3000 km, gume nove', '20 km od Sarajeva', 'selo je 30 km udaljeno'])
      expect(amountValues(t, 'bs'), t).toEqual([]);
    expect(amountValues('im Umkreis von 20 km', 'de')).toEqual([]);
    expect(amountValues('Dajem 60 km + postarina')).toEqual([]);
    // An order's price, not its size.
    expect(fields('bs', 'Ok za 60 km, saljem brzom postom')).toMatchObject({ price: '60 km' });
    expect(fields('bs', 'Ok za 60 km, saljem brzom postom').size).toBeUndefined();
  });
});

describe('order details', () => {
  it('the words before a time name no item, even when the customer used them ("hold it till Friday")', () => {
    expect(
      fields('en', 'Yes I can hold it for you till Friday, £30 as agreed.', 'Can you hold it till Friday?'),
    ).toEqual({
      price: '£30',
      date: 'Friday',
    });
    // A word of the customer's that is an item still is one.
    expect(
      fields('en', 'Yes, the highchair is yours for £30.', 'Can you hold the highchair till Friday?'),
    ).toMatchObject({
      item: 'highchair',
    });
  });
  it('takes no word of a time for the item, though a list or a price names it ("18 Uhr für 60 €", "u 16 časova")', () => {
    expect(fields('de', 'Okay, reservier ich dir bis morgen 18 Uhr für 60 €, ok?').item).toBeUndefined();
    expect(fields('bs', 'potvrđujem termin za preuzimanje u četvrtak u 16 časova')).toEqual({
      date: 'četvrtak',
      shipping: 'preuzimanje',
    });
    // The thing before "für" and a price is still the item when no time holds it.
    expect(fields('de', 'Okay, reservier ich dir die Uhr für 60 €').item).toBe('Uhr');
  });
  it('reads a Finnish carrier or way to pay in every form ("Matkahuollolla", "MobilePaylla"), not as the item', () => {
    const customer = 'Laitoin rahat MobilePaylla, lähetätkö Matkahuollolla?';
    expect(fields('fi', 'Rahat tuli, kiitos! Laitan Matkahuollolla huomenna', customer)).toEqual({
      date: 'huomenna',
      shipping: 'Matkahuollolla',
    });
    expect(fields('fi', 'MobilePay tuli, kiitos!', customer).item).toBeUndefined();
  });
  it('reads the Finnish pickup noun: "haku", "noudon"', () => {
    expect(fields('fi', 'Ok 80e ja haku lauantaina klo 12 Kalliosta')).toMatchObject({ shipping: 'haku' });
    expect(fields('fi', 'noudon voi tehdä lauantaina')).toMatchObject({ shipping: 'noudon' });
  });
  it('reads a number with a price word after it as one price: "40 quid", "50 Euro"', () => {
    expect(fields('en', 'ok 40 quid and its yours, collection only')).toEqual({
      price: '40 quid',
      shipping: 'collection',
    });
    expect(fields('de', 'Passt, 50 Euro und du holst es ab')).toMatchObject({ price: '50 Euro' });
  });
  it("takes no word of time from the customer's message as the item", () => {
    const customer = 'Wären 65 € für den Korb ok, wenn er bis Ende nächster Woche fertig ist?';
    expect(fields('de', 'Passt! 65 € und er ist bis Ende nächster Woche fertig', customer).item).toBeUndefined();
    expect(fields('de', 'Passt! 65 € und der Korb ist bis Ende nächster Woche fertig', customer).item).toBe('Korb');
  });
  it('takes no common word typed without its dots as the item ("viela")', () => {
    expect(fields('fi', 'on viela, se on sun.', 'onko tama viela myynnissa?').item).toBeUndefined();
    expect(fields('fi', 'on vielä, se on sun.', 'onko tämä vielä myynnissä?').item).toBeUndefined();
  });
  it("takes no word of the deal or of another detail from the customer's message as the item", () => {
    expect(
      fields('fi', 'joo varattu sulle 👍 haet sit lauantaina', 'Voisko ton pöydän varata mulle?').item,
    ).toBeUndefined();
    expect(fields('bs', 'Prihvaćam ponudu, šaljem sutra', 'Prihvaćate li ponudu od 40 KM?').item).toBeUndefined();
    expect(fields('fi', 'nouto tai postitus 9e', 'Onko nouto vai postitus?').item).toBeUndefined();
    expect(fields('fi', 'Pöydän voit hakea huomenna', 'Voisko ton pöydän varata mulle?').item).toBe('Pöydän');
  });
  it('names the item a verb of the sale or a preposition leads to when no list does', () => {
    expect(fields('en', 'thanks for buyin the canon lens, it goes out monday').item).toBe('canon lens');
    expect(fields('en', 'I would be delighted to make the christening gown.').item).toBe('christening gown');
    expect(fields('de', 'Ihr Vorschlag von 145 € für die Nähmaschine passt.').item).toBe('Nähmaschine');
    expect(fields('de', 'dann fange ich mit deinem schönen Schachbrett an').item).toBe('schönen Schachbrett');
    // A general noun, a noun of doing, a word of time, or a group another detail took: no item.
    expect(fields('en', 'I will send the photos tomorrow').item).toBeUndefined();
    expect(fields('en', 'Thanks for your patience').item).toBeUndefined();
    expect(fields('en', "I'll order the walnut veneer tomorrow")).toMatchObject({ colour: 'walnut' });
    expect(fields('en', "I'll order the walnut veneer tomorrow").item).toBeUndefined();
    expect(fields('de', 'sobald ich mit der Fertigung beginne').item).toBeUndefined();
    expect(fields('de', 'Danke für die schnelle Antwort und für Ihren Kauf').item).toBeUndefined();
    expect(fields('de', 'Danke für das Wochenende').item).toBeUndefined();
  });
  it('finds each field once, in every language', () => {
    expect(fields('en', 'I will make 2 mugs in blue, 12 oz, for $40, ready on Friday and shipped by USPS')).toEqual({
      item: 'mugs',
      quantity: '2 mugs',
      colour: 'blue',
      size: '12 oz',
      price: '$40',
      date: 'Friday',
      shipping: 'shipped',
    });
    expect(
      Object.keys(fields('de', 'Die 3 Topfenstrudel sind am Samstag um 11 Uhr zum Abholen fertig')).sort(),
    ).toEqual(['date', 'quantity', 'shipping']);
    expect(Object.keys(fields('fi', 'Sohva 40 eurolla, nouto lauantaina klo 12')).sort()).toEqual([
      'date',
      'item',
      'price',
      'shipping',
    ]);
    expect(Object.keys(fields('bs', 'Šaljem sutra brzom poštom, 45 KM')).sort()).toEqual(['date', 'price', 'shipping']);
  });
  it('takes a bare number for the price when it is no quantity, date or time', () => {
    expect(fields('de', 'leg ihn dir bis Donnerstag zurück, 45 wie besprochen').price).toBe('45');
    expect(fields('de', 'in 14 Tagen fertig').price).toBeUndefined();
  });
  it('counts sending it as the shipping detail, as the writers of the data do ("geht morgen raus": day and shipping)', () => {
    expect(fields('en', 'It will be posted on Wednesday').shipping).toBe('posted');
    expect(fields('de', 'Geld ist da, geht morgen raus').shipping).toBe('raus');
    expect(fields('fi', 'Lähetän sen huomenna').shipping).toBe('Lähetän');
    expect(fields('bs', 'uplata legla, saljem sutra').shipping).toBe('saljem');
    // Sending the invoice or the photos sends no order.
    expect(fields('fi', 'Lähetän laskun tänään').shipping).toBeUndefined();
    expect(fields('fi', 'Lähetän paketin tänään').shipping).toBe('Lähetän');
    expect(fields('fi', 'lähtee Postilla kun maksu on tullut').shipping).toBe('lähtee');
    // A colour word typed without diacritics that is a function word ("bež" → "bez" = without) is no colour.
    expect(fields('bs', 'može bez problema').colour).toBeUndefined();
  });
  it('reads a house number followed by a word as no count ("Lindenweg 4 in Pankow")', () => {
    expect(fields('de', 'Super, dann Donnerstag 17 Uhr, Lindenweg 4 in Pankow.').quantity).toBeUndefined();
    expect(fields('de', 'Super, dann 4 Stühle, Lindenweg 4 in Pankow.').quantity).toBe('4 Stühle');
  });
  it('reads "2nd class" as the postage, not a date', () => {
    expect(fields('en', 'Yes of course! 2nd class is £3.95 so £27.95 in total.')).toMatchObject({
      shipping: '2nd class',
    });
    expect(fields('en', 'Yes of course! 2nd class is £3.95 so £27.95 in total.').date).toBeUndefined();
    expect(fields('en', 'It goes out on the 2nd').date).toBe('2nd');
  });
  it('reads a paper size ("format A4", "A3 statt A4") as the size in every language, as the English list did', () => {
    expect(fields('bs', 'Krećem s kalendarom: format A4, 12 ilustracija, cijena 60 €.').size).toBe('A4');
    expect(fields('de', 'Den Druck mache ich gern in A3 statt A4.').size).toBe('A3');
    expect(fields('fi', 'Tulostan sen A5-kokoisena.').size).toBe('A5');
  });
  it('reads a child\'s size by age ("2-3 yrs", "3–4 Jahre", "2–4v", "5-6 god."), not a span of days', () => {
    expect(fields('en', 'Order confirmed, one toddler cardigan, 2-3 yrs, in oatmeal').size).toBe('2-3 yrs');
    expect(fields('de', 'Die Latzhose in 3–4 Jahre ist reserviert').size).toBe('3–4 Jahre');
    expect(fields('fi', 'Pipo koossa 2–4v lähtee huomenna').size).toBeDefined();
    expect(fields('bs', 'Jakna za 5-6 god. je tvoja').size).toBe('5-6 god.');
    expect(fields('en', 'It ships in 2-3 days').size).toBeUndefined();
  });
  it('reads Finnish shipping words in every form: "kotiinkuljetuksena" (-us, -ukse-), "lähtevät"', () => {
    expect(fields('fi', 'Tuoli tulee kotiinkuljetuksena').shipping).toBe('kotiinkuljetuksena');
    expect(fields('fi', 'Kuljetuksen hoitaa Matkahuolto').shipping).toBe('Kuljetuksen');
    expect(fields('fi', 'Vanteet lähtevät keskiviikkona').shipping).toBe('lähtevät');
  });
  it('reads a German compound by its last part as the item, not a word that merely holds one', () => {
    expect(fields('de', 'Der Wandteppich ist bis Ende Oktober fertig').item).toBe('Wandteppich');
    expect(fields('de', 'dann 2 Sets Bienenwachstücher für 36 €').item).toBe('Bienenwachstücher');
    expect(fields('de', 'Ihre Dirndlschürze in Bordeaux ist zugeschnitten').item).toBe('Dirndlschürze');
    // A listed word first, wherever it stands; no lower-case word ("gering"); nothing long after the part
    // ("Wandteppichreinigung" is a service).
    expect(fields('de', 'Die Mütze vom Garnhersteller kommt Montag').item).toBe('Mütze');
    expect(fields('de', 'Der Aufpreis ist gering')).not.toHaveProperty('item');
    expect(fields('de', 'Die Wandteppichreinigung kostet extra')).not.toHaveProperty('item');
  });
  it('reads a compound colour no list holds by its last part, not a word that merely ends like one', () => {
    expect(fields('de', 'Die Mütze in Rauchblau ist fertig').colour).toBe('Rauchblau');
    expect(fields('fi', 'Pipo on kuusenvihreä').colour).toBe('kuusenvihreä');
    expect(fields('bs', 'Kapa je tamnosiva').colour).toBe('tamnosiva');
    // The essive, also spoken without its "i": "vaaleanpunaisena", "vaaleanpunasena".
    expect(fields('fi', 'teen sen vaaleanpunaisena').colour).toBe('vaaleanpunaisena');
    expect(fields('fi', 'teen sen vaaleanpunasena').colour).toBe('vaaleanpunasena');
    // Spoken "ens" for "ensi": "ens viikolla" is next week.
    expect(fields('fi', 'postitan ens viikolla').date).toBe('ens viikolla');
    // "Hintergründe" (grün + "de"), "viikonloppuna" (…p + puna), "sormusta" (…r + musta): no colour.
    expect(fields('de', 'Die Hintergründe erkläre ich dir').colour).toBeUndefined();
    expect(fields('fi', 'Haen sormusta viikonloppuna').colour).toBeUndefined();
  });
  it('restates no colour or material by naming the field: "the colour", "die Farbe", "väriä", "materijal"', () => {
    expect(fields('en', 'I will pick the colour with you tomorrow').colour).toBeUndefined();
    expect(fields('de', 'Das Material bestelle ich heute, die Farbe suchst du aus').colour).toBeUndefined();
    expect(fields('fi', 'Väriä voi vielä miettiä, materiaali on tilattu').colour).toBeUndefined();
    expect(fields('bs', 'Boju biraš ti, materijal sam već naručila').colour).toBeUndefined();
    // The value itself still is: "in Salbeigrün", "pellavasta", "od lana".
    expect(fields('de', 'Die Farbe wird Salbeigrün').colour).toBe('Salbeigrün');
    expect(fields('en', 'The colour will be sage green').colour).toBe('sage');
    // Nor does the field's name become the item, though the customer wrote it.
    expect(fields('de', 'Die Farbe suche ich morgen aus', 'Welche Farbe hat die Mütze?').item).toBeUndefined();
  });
  it('reads a pickup told with a separable verb or a loose "pick … up", and "für 15 zusammen" as the price', () => {
    expect(fields('de', '30 € und du holst es heute Abend ab').shipping).toBe('holst es heute Abend ab');
    expect(fields('en', 'you can pick it up on Saturday').shipping).toBe('pick it up');
    expect(fields('de', '2 Ableger für 15 zusammen').price).toBe('15');
    expect(fields('en', '15 for both tops').quantity).toBe('both');
  });
  it('reads a weekday in every form the date extractor knows ("till fri", "thurs"), not a span ("celu nedelju")', () => {
    expect(fields('en', 'I can hold it till fri').date).toBe('fri');
    expect(fields('en', 'posting it thurs').date).toBe('thurs');
    expect(fields('bs', 'bila sam na sajmu celu nedelju').date).toBeUndefined();
    expect(fields('bs', 'dolazim u subotu').date).toBe('subotu');
  });
  it('reads the German colloquial pickup "holen" after "kannst", not "holen" on its own', () => {
    expect(fields('de', 'kannst sie morgen ab 17 Uhr holen').shipping).toBeDefined();
    expect(fields('de', 'ich muss noch Farbe holen').shipping).toBeUndefined();
  });
  it('reads a staircase or door letter and a flat number as part of the house number, not a quantity', () => {
    expect(fields('fi', 'Sopii, nouto la klo 12 Kalevankatu 5 B. Nähään!').quantity).toBeUndefined();
    expect(fields('fi', 'nouto Kalevantie 12 B 7').quantity).toBeUndefined();
    expect(fields('de', 'Abholung Sa 10 Uhr, Birkenweg 4 b').quantity).toBeUndefined();
    expect(fields('de', '3 Tassen, Abholung Birkenweg 4').quantity).toBe('3 Tassen');
  });
  it('reads "both" in every form as the quantity (ekavian "obe", "oboje") and "sat" as a day only beside a time', () => {
    expect(fields('bs', 'Može, 1.500 za obe, šaljem u sredu.')).toMatchObject({ quantity: 'obe', price: '1.500' });
    expect(fields('bs', 'uzimam oboje').quantity).toBe('oboje');
    expect(fields('en', 'sound, 40 quid and grab it sat morn').date).toBe('sat morn');
    expect(fields('en', 'it sat in my garage for a year').date).toBeUndefined();
    // Finnish writes its weekdays short ("la asti", "su klo 14"); "ma" alone is spoken "minä", so only "ma klo".
    expect(fields('fi', 'Varattu sulle la asti, 2 kpl 15e/kpl.')).toMatchObject({ date: 'la' });
    expect(fields('fi', 'ma tuun hakee sen').date).toBeUndefined();
  });
  it('counts a street address as the pickup or shipping detail', () => {
    expect(fields('de', 'Samstag 11 Uhr, Hauptstr. 12, Klingel Weber').shipping).toBe('Hauptstr. 12');
  });
  it('reads a number paid in hand as the price, not a quantity ("40 cash", "70 bar", "80 käteen", "40 keš")', () => {
    expect(fields('en', 'its 40 cash')).toEqual({ price: '40 cash' });
    expect(fields('de', 'Kommode gegen 70 bar').price).toBe('70 bar');
    expect(fields('fi', 'Jopo on sun, 80 käteen').price).toBe('80 käteen');
    expect(fields('bs', 'može 40 keš').price).toBe('40 keš');
  });
  it('reads a pickup told by a verb of coming to collect ("come grab it", "tuut hakee", "dođi po njega")', () => {
    expect(fields('en', 'ok 40 it is, can u come grab it tmrw after 6').shipping).toBe('come grab');
    expect(fields('fi', 'ok sovitaan 20 ja tuut hakee tanaan').shipping).toBe('hakee');
    expect(fields('bs', 'može 40, dođi po njega sutra').shipping).toBe('dođi po');
    expect(fields('de', 'Passt, kommst du morgen um fünf vorbei?').shipping).toMatch(/^kommst du/i);
    expect(fields('en', 'Come and see the colours at the market.').shipping).toBeUndefined();
    // With the day and hour between: "dodji sutra u 6 po nju".
    expect(fields('bs', 'moze 120 km, dodji sutra u 6 po nju').shipping).toBe('dodji sutra u 6 po');
  });
  it('reads a chat address without capitals as the pickup place, its number as no hour ("4 oak street")', () => {
    expect(fields('en', 'come get it tmrw after 5 its 12 birch close')).toEqual({ date: 'tmrw', shipping: 'come get' });
    expect(fields('en', 'pick up from 4 oak street')).toEqual({ shipping: 'pick up' });
    expect(fields('en', 'saturday is fine im at 22 mill rd')).toEqual({ date: 'saturday', shipping: '22 mill rd' });
    // A drive is no street: "a 10 min drive" names no place.
    expect(fields('en', 'its a 10 min drive from the station').shipping).toBeUndefined();
    // "one who" is a pronoun and its clause, no count.
    expect(fields('en', 'I sell to next one who ask').quantity).toBeUndefined();
  });
  it('reads an English item word right before "the" or "your" as a verb ("ring the bell"), not the item', () => {
    expect(fields('en', 'ring the side bell when you get here').item).toBeUndefined();
    expect(fields('en', 'the ring is yours for 40').item).toBe('ring');
  });
  it('reads no colour, item or size inside an address ("Birkenweg 4", "14 Rose Road")', () => {
    expect(fields('de', 'Samstag ab 10 Uhr geht, Adresse: Birkenweg 4, Hildesheim.')).toEqual({
      date: 'Samstag',
      shipping: 'Adresse',
    });
    expect(fields('en', 'Sat 10am works, come to 14 Rose Road.').colour).toBeUndefined();
    expect(fields('en', 'The rose ring is yours, come to 14 Oak Road.')).toMatchObject({
      item: 'ring',
      colour: 'rose',
    });
  });
  it('names the item a price is for when no list does ("die blaue Teekanne für 28 €", "stolicu za 20 KM")', () => {
    expect(fields('de', 'die blaue Teekanne für 28 € ist für dich reserviert').item).toBe('Teekanne');
    expect(fields('de', 'die Canon mit 50-mm-Objektiv für 180 €').item).toBe('Objektiv');
    expect(fields('en', 'ok the lamp for £20 then').item).toBe('lamp');
    expect(fields('bs', 'dobro, stolicu za 20 KM').item).toBe('stolicu');
    expect(fields('fi', 'sovitaan, tuoli hintaan 40 €').item).toBe('tuoli');
    // A general noun, a pronoun, a lower-case German word: no item.
    expect(fields('en', 'its yours for £8 + postage').item).toBeUndefined();
    expect(fields('bs', 'šaljem ti novu ponudu za 15 €').item).toBeUndefined();
    expect(fields('de', 'kannst du gerne haben für 20 €').item).toBeUndefined();
  });
  it('names the item a price is for when it follows the price ("200 KM za frižider", "£20 for the lamp")', () => {
    expect(fields('bs', 'Dobro, neka bude 200 KM za frižider.').item).toBe('frižider');
    expect(fields('en', 'ok £20 for the lamp then').item).toBe('lamp');
    expect(fields('de', 'Gut, 30 € für die Lampe.').item).toBe('Lampe');
    // A pronoun, a general noun, a day, a lower-case German word: no item.
    expect(fields('en', 'ok £20 for you').item).toBeUndefined();
    expect(fields('en', 'ok £20 for both').item).toBeUndefined();
    expect(fields('bs', 'može 20 KM za subotu').item).toBeUndefined();
    expect(fields('de', 'ok 30 € für dich').item).toBeUndefined();
  });
  it('reads the numbers of an address, a week number and the start of a time range as no price', () => {
    expect(fields('de', 'Adresse: Birkenweg 4, Hildesheim').price).toBeUndefined();
    expect(fields('de', 'Adresse: Birkenweg 4, Hildesheim').shipping).toBe('Adresse');
    expect(fields('de', 'Stiege 3, Tür 12').price).toBeUndefined();
    expect(fields('fi', 'osoite on Puistokatu 4 B 12').price).toBeUndefined();
    expect(fields('fi', 'nouto ke klo 18, Hämeenkatu 12. Ovisummeri B 14.').price).toBeUndefined();
    expect(fields('en', 'address is 14 elm road').quantity).toBeUndefined();
    expect(fields('fi', 'tuote lähtee vasta viikolla 12').price).toBeUndefined();
    expect(fields('de', 'morgen zwischen 16 und 18 Uhr abholen').price).toBeUndefined();
    expect(fields('fi', 'oon kotona huomenna 16–20').price).toBeUndefined();
    // A price is still a price: "Okei 25", "um 80 kannst ihn haben".
    expect(fields('fi', 'Okei 25, oon kotona koko illan').price).toBe('25');
  });
  it('reads a number with thousands or decimals after a clock word as an amount, not an hour ("od 1.240,00 €")', () => {
    expect(fields('bs', 'Potvrđujemo iznos od 1.240,00 €.').date).toBeUndefined();
    expect(fields('bs', 'Može od 17 h').date).toBe('17 h');
    // "od 12 €" is a price, not noon; "4.50 €" no date.
    expect(fields('bs', 'Prihvatila sam ponudu od 12 € za traperice').date).toBeUndefined();
    expect(fields('de', 'Versand kostet 4.50 €').date).toBeUndefined();
    expect(fields('de', 'Versand am 4.5. für 6 €').date).toBe('4.5.');
  });
  it('takes no word the customer asks with as the item ("Voisitko tehdä…": "Tehdään" is no item)', () => {
    const asked = 'Voisitko tehdä sen kangaskassin harmaana sinisen sijaan?';
    expect(fields('fi', 'Kiitos! Tehdään sitten harmaana, hinta pysyy 42 €.', asked).item).toBeUndefined();
  });
  it('reads "koko" that means "whole" as no size', () => {
    expect(fields('fi', 'oon kotona koko illan').size).toBeUndefined();
    expect(fields('fi', 'Sauna ja kokoustila on varattu').size).toBeUndefined();
    expect(fields('fi', 'koko on 134').size).toBe('koko on');
  });
  it("takes the item from the customer's own words when no pack lists it", () => {
    expect(fields('de', 'Ja, die Kommode ist noch da', 'Ist die Kommode noch verfügbar?').item).toBe('Kommode');
    expect(fields('fi', 'Joo, sohvan saa vielä', 'Onko sohva vielä myynnissä?').item).toBe('sohvan');
    // Not a function word, a day or a price word of the customer's message.
    expect(fields('de', 'Ja, Samstag geht', 'Kann ich Samstag kommen?').item).toBeUndefined();
    // Nor paying, the day before, or a word another detail took ("postitan" to "voitko postittaa?" is the shipping).
    expect(fields('bs', 'uplata legla, saljem sutra', 'Uplatila sam jučer').item).toBeUndefined();
    expect(fields('fi', 'laitan postiin huomenna', 'Ok otan, voitko postittaa?').item).toBeUndefined();
    // Nor the offer or order itself, a noun too general to name a thing.
    expect(fields('fi', 'Hyväksyin 18 € tarjouksen', 'Tein tarjouksen 18 €, käykö?').item).toBeUndefined();
  });
  it("takes a German noun as the item when it is the last part of the customer's compound", () => {
    const asked = 'Könntest du mir so einen Kuschelhasen machen?';
    expect(fields('de', 'Gerne mache ich dir den Hasen, 68 € inklusive Versand.', asked).item).toBe('Hasen');
    // Not a tail shorter than four letters, nor the lower-case end of another word.
    expect(
      fields('de', 'Gerne, ich mache ihn bis Freitag.', 'Hast du einen Schlüsselanhänger mit Hasen?').item,
    ).toBeUndefined();
    expect(fields('de', 'Ok, passt.', 'Könntest du mir einen Kuschelhasen machen?').item).toBeUndefined();
  });
  it("takes a Finnish compound as the item when the customer's word is its last part, gradation and case aside", () => {
    const asked = 'Otan kaks lautaa, paljonko yhteensä?';
    expect(fields('fi', 'Ok 2kpl leikkuulautoja 70e yht', asked).item).toBe('leikkuulautoja');
    // Not a word that is no compound of it.
    expect(fields('fi', 'Ok 2kpl, lauantaina 70e yht', asked).item).toBeUndefined();
  });
  it('counts a number before a partitive and its noun ("3 of the wreaths", "2 von den Tassen"), not "3 of them"', () => {
    expect(fields('en', 'Yes, I can do 3 of the wreaths for the 12th.').quantity).toBe('3 of the wreaths');
    expect(fields('de', 'Ich kann dir 2 von den Tassen zurücklegen.').quantity).toBe('2 von den Tassen');
    expect(fields('en', 'I can do 3 of them.').quantity).toBeUndefined();
    expect(fields('en', 'Give me 2 of the 5th batch.').quantity).toBeUndefined();
  });
  it('counts a number word listed after a time ("klo 10–14, kaksi osallistujaa"), not a digit right after a day', () => {
    expect(fields('fi', 'kurssi lauantaina klo 10–14, kaksi osallistujaa.').quantity).toBe('kaksi osallistujaa');
    expect(fields('de', 'Samstag 11 passt gut.').quantity).toBeUndefined();
  });
  it('reads the number before a floor or flat word as part of the address, not a count ("2 Stock", "3 kerros")', () => {
    expect(fields('de', 'ok dann donnerstag 17 uhr lindenstr 12 2 stock klingel weber').quantity).toBeUndefined();
    expect(fields('fi', 'haku lauantaina, Koivukuja 3, 3 kerros').quantity).toBeUndefined();
    expect(fields('en', 'pick up Saturday, 2nd floor flat').quantity).toBeUndefined();
    expect(fields('de', 'ok dann 2 Stühle für 40').quantity).toBe('2 Stühle');
  });
  it('reads an hour one word after a day as a time ("Samstag zwischen 10 und 12"), not a price ("Samstag für 20")', () => {
    expect(fields('de', 'klar, Samstag zwischen 10 und 12 passt.').price).toBeUndefined();
    expect(fields('en', 'saturday around 11 is fine').price).toBeUndefined();
    expect(fields('de', 'Samstag für 20 passt.').price).toBe('20');
    expect(fields('en', 'saturday for 20 is fine').price).toBe('20');
  });
});
