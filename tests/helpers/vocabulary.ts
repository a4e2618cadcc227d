// Word lists for the page arbitraries, taken from the kinds of text real KCNA Watch
// dumps carry (../shared/FORMAT-NOTES.md): names with their spacing quirks, curly
// quotes, signs such as × and ㎥, 《》 titles, "800 000" style numbers, Korean text.

/** Source names seen on `Date:` lines; each may carry an edition in parentheses. */
export const SOURCE_NAMES = [
  "KCNA.kp",
  "Pyongyang Times",
  "Naenara",
  "Voice of Korea",
  "Ministry of Foreign Affairs",
  "KCNA.co.jp",
  "Uriminzokkiri",
  "Rodong Sinmun",
] as const;

/** Editions as printed; `En` and `EN` both occur. */
export const EDITIONS = ["En", "EN", "Kr"] as const;

/** Places that open datelines. */
export const PLACES = ["Pyongyang", "Moscow", "Beijing", "Havana", "Vientiane", "Hanoi", "Wonsan", "Kaesong"] as const;

/** Sites printed in source stamps. */
export const STAMP_SITES = ["www.kcna.kp", "www.rodong.rep.kp", "kcna.kp"] as const;

/** Subjects that open English sentences. */
export const SUBJECTS = [
  "The respected Comrade Kim Jong Un",
  "Kim Jong Un",
  "Kim Jong Un 's speech",
  "The delegation",
  "Officials of the Agricultural Commission",
  "The Workers' Party of Korea",
  "The Workers’ Party of Korea",
  "A spokesperson for the Foreign Ministry",
  "The Ministry of National Defence",
  "Rodong Sinmun",
  "Agricultural workers of South Hwanghae Province",
  "The DPRK-Russia friendship",
  "Senior Party and government officials",
  "A congratulatory group of Koreans in Japan",
  "Kim Il Sung and Kim Jong Il",
  "The U.S.",
  "Its full text",
] as const;

/** Verb phrases that carry a sentence on. */
export const PREDICATES = [
  "inspected the construction site of 10 000 flats",
  "sent a congratulatory message to the president",
  "harvest wheat and barley of over one thousand hectares every day",
  "produced 800 000 tons of cement",
  "built a reservoir of 30 000㎥",
  "visited the Kumsusan Palace of the Sun",
  "stressed the need to develop the regional industry",
  "denounced the “new Cold War” hanging over Europe",
  "said that the ‘strategy’ is doomed to failure",
  "noted that the U.S. styled itself the \"only superpower\"",
  "issued a press statement titled 《Our Choice》",
  "examined 1 630-odd layouts of the street",
  "bought equipment for €25 000",
  "measured the site at 120 m × 80 m",
  "is as follows",
  "received a reply message from the Syrian president",
  "laid wreaths before the Revolutionary Martyrs Cemetery on Mt Taesong",
] as const;

/** Adverbial tails. */
export const TAILS = [
  "",
  " on Monday",
  " in the presence of Kim Jong Un",
  " in Pyongyang",
  " at the invitation of President Vladimir Vladimirovich Putin",
  " amid the high political enthusiasm of all the people",
  " under the warm welcome by the Russian people",
  " despite the prolonged brutal sanctions",
] as const;

/** How English sentences end, closing quotes included. */
export const SENTENCE_ENDINGS = [".", ".", ".", "!", "?", ".”", ".\"", " ."] as const;

/** Korean sentences (the `Naenara (Kr)` pages are entirely in Korean). */
export const KOREAN_SENTENCES = [
  "경애하는 김정은동지께서 새로 건설된 병원을 돌아보시였다.",
  "《조선의 오늘》은 다음과 같은 글을 실었다.",
  "올해 1월 1일 우크라이나에 대한 미국의 군사적지원이 계속되였다.",
  "련합훈련은 조선반도의 긴장을 고조시키고있다.",
  "로동신문은 사설에서 모든 당원들과 근로자들에게 호소하였다.",
  "30여㎥의 가스를 수입하던 유럽은 어려움을 겪고있다.",
  "인민들의 행복은 날로 커가고있다.",
] as const;

/** Korean headline words. */
export const KOREAN_TITLES = [
  "《조선의 오늘》이 전하는 소식",
  "인민의 행복을 위한 길에서",
  "조선반도의 정세",
  "새 거리 건설 힘있게 추진",
] as const;

/** Words for English headlines. */
export const TITLE_WORDS = [
  "Supreme Leader",
  "Kim Jong Un",
  "Inspects",
  "Greetings to",
  "from",
  "President Xi Jinping",
  "Wheat, barley harvesting",
  "in full swing",
  "Press Review",
  "Review of Rodong Sinmun",
  "DPRK Team Triumphs at",
  "AFC U-17 Women’s Asian Cup",
  "Europe’s dependence on others:",
  "what does it show?",
  "KCNA Commentary",
  "Evil Presage of Dangerous U.S.-ROK Joint Military Exercises:",
  "New houses built",
  "《Our Choice》",
  "Historic journey",
  "Farm Machine Research Institute inaugurated",
] as const;

/** Section headings inside press reviews: short lines without final punctuation. */
export const PRESS_HEADINGS = ["Rodong Sinmun", "Minju Joson", "Pyongyang Times", "Joson Sinbo"] as const;

/** Lines that stand alone as paragraphs in real bodies. */
export const STANDALONE_LINES = ["(Photos accompanied)", "Dear Deputies,", "Its full text is as follows:"] as const;
