// Phrase tables for the generated corpus: KCNA-style English and Korean prose.
// Sentences are built from parts so that pages differ while staying realistic
// (curly quotes, `Kim Jong Un 's`, `800 000`-style numbers, `《》` titles).

export const SUBJECTS = [
  "The respected Comrade Kim Jong Un",
  "Premier of the Cabinet Pak Thae Song",
  "The Ministry of Foreign Affairs of the DPRK",
  "Working people across the country",
  "Officials of the State Planning Commission",
  "The delegation of the Workers’ Party of Korea",
  "Scientists of the State Academy of Sciences",
  "Farmers of the Kwangchon Farm in Kangnyong County",
  "The Korean Children’s Union",
  "Youth shock brigades dispatched to the construction site",
  "A spokesperson for the Foreign Ministry",
  "Employees of the Kim Chaek Iron and Steel Complex",
  "Teachers and students of Kim Il Sung University",
  "The General Association of Korean Residents in Japan",
  "Rodong Sinmun in a signed article",
  "Members of the Korean People’s Army",
];

export const PREDICATES = [
  "inspected the newly built houses",
  "called for redoubling efforts to implement the decisions of the plenary meeting",
  "expressed full support for the just stand",
  "visited the Mangyongdae Revolutionary School",
  "overfulfilled the yearly plan for steel production by 12 percent",
  "held a ceremony to mark the anniversary",
  "sent a congratulatory message",
  "denounced the reckless military drills staged by the US and its followers",
  "completed the sowing of rice and maize",
  "reviewed the work for improving the living standards of the people",
  "opened an exhibition of industrial products",
  "laid wreaths before the statues of the great leaders",
  "introduced advanced farming methods",
  "produced more than 800 000 tons of fertilizer",
  "discussed ways to further develop the bilateral relations",
  "praised the heroic feats of the builders",
];

export const TAILS = [
  "in the new era of socialist construction",
  "on the occasion of the Day of the Sun",
  "at the invitation of the Government of the Russian Federation",
  "with a view to ensuring the durable peace on the Korean peninsula",
  "amid great enthusiasm of the people",
  "as part of the 20×10 policy for regional development",
  "in line with the Party’s policy of attaching importance to science and technology",
  "to the satisfaction of the whole country",
  "despite the unfavourable weather conditions",
  "under the slogan “Let us defend the socialist motherland!”",
  "in the presence of leading officials of the Party and the government",
  "after a thorough study of 《On the Juche Idea》",
  "in spite of the persistent sanctions and pressure",
  "for the bumper harvest this year",
];

export const CLOSERS = [
  "Kim Jong Un 's visit gave great encouragement to the builders.",
  "The participants pledged to carry out their tasks without fail.",
  "The event ended with a grand art performance.",
  "A 12 000㎥ reservoir was also built in the area.",
  "Speeches were made at the meeting.",
  "The costs reached €1.2 million, according to the report.",
  "“This is a great victory,” a farmer said.",
  "The exhibition will last till the end of the month.",
];

export const TITLE_HEADS = [
  "Kim Jong Un inspects", "Greetings to", "Spokesperson for DPRK FM slams", "Bumper harvest reported in",
  "New houses built in", "Meeting held to mark", "Delegation leaves for", "Review of", "Work of",
  "Exhibition opens in", "Rodong Sinmun calls for", "Floriculture exhibition held in",
];

export const TITLE_TAILS = [
  "South Hwanghae Province", "Pyongyang General Hospital", "US-ROK joint drills", "the 80th anniversary",
  "Russia", "Rodong Sinmun", "local industry factories", "Mangyongdae", "Kangwon Province", "Wonsan-Kalma zone",
  "the new era", "Hwasong District", "Chinese President",
];

export const PLACES = ["Pyongyang", "Wonsan", "Hamhung", "Sinuiju", "Kaesong", "Chongjin", "Nampho", "Moscow", "Beijing"];

export const KOREAN_SENTENCES = [
  "경애하는 김정은동지께서 새로 건설된 살림집들을 돌아보시였다.",
  "전국의 근로자들이 당 전원회의 결정을 관철하기 위한 투쟁에 떨쳐나섰다.",
  "평양에서 공업제품전시회가 성대히 개막되였다.",
  "농업근로자들은 올해 알곡생산계획을 넘쳐 수행하였다.",
  "과학자들은 첨단기술을 개발하여 생산에 도입하였다.",
  "행사에서는 연설들이 있었다.",
  "참가자들은 맡겨진 과업을 무조건 수행할 결의를 다지였다.",
  "그들은 조국의 부강번영을 위하여 모든 힘을 다할것이라고 말하였다.",
  "건설자들은 불과 몇달동안에 800 000㎡의 살림집을 일떠세웠다.",
  "《로동신문》은 이날 개인필명의 글을 실었다.",
];

export const KOREAN_TITLES = [
  "새로 건설된 살림집들을 돌아보시였다", "공업제품전시회 개막", "알곡생산계획 초과수행", "청년돌격대원들의 위훈",
  "인민의 리익을 첫자리에", "과학기술발전의 새 력사",
];

/** Sources as printed after `Source:`, with what their pages carry. */
export interface SourceKind {
  label: string;
  /** KCNA-style: dateline, ` -0-` end mark and a dated stamp. */
  kcna: boolean;
  korean: boolean;
}

export const SOURCES: readonly SourceKind[] = [
  { label: "KCNA.kp (En)", kcna: true, korean: false },
  { label: "KCNA.kp (En)", kcna: true, korean: false },
  { label: "KCNA.co.jp (En)", kcna: true, korean: false },
  { label: "Pyongyang Times", kcna: false, korean: false },
  { label: "Naenara (En)", kcna: false, korean: false },
  { label: "Naenara (Kr)", kcna: false, korean: true },
  { label: "Voice of Korea (EN)", kcna: false, korean: false },
  { label: "Ministry of Foreign Affairs (EN)", kcna: false, korean: false },
  { label: "Rodong Sinmun (En)", kcna: false, korean: false },
  { label: "Uriminzokkiri (En)", kcna: false, korean: false },
];

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
