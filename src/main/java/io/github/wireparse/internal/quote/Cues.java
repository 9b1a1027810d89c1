package io.github.wireparse.internal.quote;

import java.util.Arrays;
import java.util.Set;

/**
 * Word lists for attribution: speech verbs (cues), pronouns, determiners, titles, and the small
 * words that stand between a speaker and its verb. Lists of English function words and of
 * reporting verbs only; nothing here names a person or a story.
 */
final class Cues {

    private Cues() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Finite reporting verbs: the speaker stands before them, or after them in inversion. */
    static final Set<String> FINITE = words(
            "said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks",
            "wrote", "writes", "explained", "explains", "noted", "stated", "declared", "declares", "continued", "continues", "argued", "argues", "insisted",
            "insists", "acknowledged", "acknowledges", "admitted", "admits", "warned", "warns",
            "claimed", "replied", "replies", "responded", "responds", "recalled",
            "announced", "announces", "tweeted", "posted", "testified",
            "testifies", "urged", "urges", "vowed", "predicted", "predicts", "suggested",
            "suggests", "conceded", "concedes", "complained", "complains", "cautioned", "cautions",
            "remarked", "observed", "observes", "joked", "jokes", "quipped", "quips", "countered",
            "concluded", "concludes", "emphasized", "emphasizes", "stressed",
            "stresses", "accused", "accuses", "called", "denounced", "denounces",
            "described", "describes", "labeled", "labelled", "dubbed", "branded", "criticized", "criticizes", "praised", "promised",
            "pledged", "boasted", "boasts", "lamented", "laments",
            "shouted", "yelled", "chanted", "agreed", "agrees", "disagreed", "mused", "wondered",
            "wonders", "demanded", "blasted", "slammed", "charged", "contended", "contends", "maintained", "maintains", "reiterated", "confirmed",
            "confirms", "denied", "denies", "texted", "emailed", "e-mailed", "asserted", "asserts",
            "assured", "proclaimed", "scoffed", "retorted", "reported", "recounted",
            "recounts", "predicted", "answered", "opined",
            "decried", "derided", "mocked", "ridiculed", "hailed", "touted", "thanked",
            "whispered", "screamed", "wrote", "advised", "informed", "reminded",
            "implored", "pleaded", "begged", "declined", "refused", "conceded", "thundered",
            "sighed", "laughed", "snapped", "barked", "fumed", "groused", "grumbled", "gushed",
            "raved", "cheered", "exclaimed", "marveled", "recalled", "explained", "elaborated",
            "summarized", "characterized", "characterizes", "termed", "deemed", "deems",
            "questioned", "interjected", "interrupted", "chimed", "continued", "conceded", "objected",
            "protested", "replied", "demurred", "muttered", "added", "shot", "fired", "tweeted",
            "posted", "wrote", "captions", "proclaims",
            "declares", "insisted", "predicted", "acknowledged", "recalled", "reasoned",
            "speculated", "theorized", "surmised", "estimated", "figured", "guessed", "hinted",
            "implied", "indicated", "signaled", "signalled", "suggested", "reckoned", "told",
            "write", "add", "argue", "warn", "insist", "explain", "declare",
            "admit", "acknowledge", "agree", "predict", "suggest", "contend", "maintain",
            "respond", "reply", "complain", "concede", "announce", "urge", "testify",
            "caution", "conclude", "emphasize", "accuse",
            "describe", "criticize", "wonder", "demand",
            "deny", "assert", "ask", "welcomed", "condemned", "lauded", "applauded", "welcomes",
            "condemns", "decries", "lambasted", "rebuked", "chided", "scolded", "warned");

    /** Participles of reporting verbs: the speaker is the subject of the main clause. */
    static final Set<String> PARTICIPLE = words(
            "saying", "calling", "denouncing", "describing", "adding", "noting", "warning",
            "claiming", "arguing", "insisting", "accusing", "labeling", "labelling", "dubbing",
            "branding", "praising", "criticizing", "urging", "vowing", "promising", "declaring",
            "telling", "writing", "asking", "explaining", "stressing", "charging", "decrying",
            "blasting", "slamming", "lamenting", "complaining", "suggesting", "predicting",
            "pledging", "deeming", "terming", "tweeting", "posting", "asserting", "demanding",
            "acknowledging", "admitting", "conceding", "recalling", "referring", "touting",
            "hailing", "mocking", "deriding", "characterizing", "announcing", "stating",
            "emphasizing", "replying", "responding", "boasting", "joking", "quipping",
            "countering", "cautioning", "observing", "remarking", "reiterating", "thanking",
            "questioning", "chanting", "shouting", "yelling", "condemning", "welcoming",
            "applauding", "lambasting", "rebuking", "scolding", "insulting", "ridiculing");

    /** Words that may follow a cue verb and belong to the cue ("calling on", "pointed out"). */
    static final Set<String> PARTICLES = words("on", "out", "back", "for", "up");

    /** Verbs that take a particle to make a cue: "pointed out", "went on", "shot back". */
    static final Set<String> PARTICLE_VERBS = words("pointed", "points", "went", "goes", "shot",
            "fired", "called", "calls", "calling", "summed", "sums", "spoke", "speaks", "speaking");

    /** The listeners that may follow "told" as part of the cue ("told reporters"). */
    static final Set<String> LISTENERS = words("reporters", "journalists", "supporters",
            "lawmakers", "students", "delegates", "members", "senators", "viewers", "listeners",
            "residents", "voters", "colleagues", "officials", "investigators", "jurors",
            "parliament", "congress", "police", "attendees", "donors", "employees", "workers",
            "troops", "crowds", "audiences", "fans", "followers", "activists", "protesters",
            "mourners", "worshippers", "guests", "me", "us", "him", "her", "them");

    /** Personal pronouns that can be a speaker. */
    static final Set<String> PRONOUNS = words("he", "she", "they", "we", "i", "it", "you");

    /** Relative pronouns: the speaker is the phrase before them. */
    static final Set<String> RELATIVES = words("who", "which", "that", "whom");

    /** Determiners and quantifiers that may open a speaker's description. */
    static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "its", "their",
            "our", "my", "your", "one", "two", "three", "several", "many", "some", "another",
            "both", "other", "few", "most", "all", "this", "that", "these", "those", "each",
            "every", "no", "any", "more", "four", "five", "dozens", "hundreds", "thousands");

    /** Words opening a clause that are not part of its subject. */
    static final Set<String> LEADERS = words("and", "but", "or", "so", "yet", "then", "while",
            "as", "because", "although", "though", "that", "which", "what", "when", "where", "if",
            "since", "after", "before", "once", "until", "whereas", "even", "also", "however",
            "meanwhile", "still", "instead", "now", "later", "earlier", "here", "there", "thus",
            "indeed", "moreover", "besides", "nor", "how", "why", "whether", "whom", "where");

    /** Words at the end of a subject that belong to the verb phrase or a time phrase. */
    static final Set<String> TRAILERS = words("also", "later", "then", "has", "have", "had",
            "previously", "recently", "repeatedly", "once", "again", "never", "did", "does", "do",
            "would", "will", "could", "can", "may", "might", "should", "must", "was", "were",
            "is", "are", "been", "first", "further", "quickly", "flatly", "publicly", "privately",
            "often", "frequently", "simply", "reportedly", "allegedly", "angrily", "bluntly",
            "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "week", "month", "year", "last", "this", "earlier",
            "on", "in", "quoted", "as", "not", "only", "already", "just", "always", "famously",
            "once", "initially", "subsequently", "afterward", "afterwards", "elsewhere",
            "separately", "correctly", "rightly", "wrongly", "falsely", "openly", "directly",
            "explicitly", "twice", "even", "sometimes", "personally", "herself", "himself",
            "themselves", "itself", "morning", "afternoon", "evening", "night", "ago", "recently",
            "had", "being", "widely", "reportedly", "privately", "has", "long", "since", "now",
            "still", "too", "all");

    /** Words after a cue verb and before an inverted speaker: "said Tuesday Smith" is rare, but
     * "said on Tuesday" is common before a full stop. */
    static final Set<String> TIME_WORDS = words("today", "yesterday", "tonight", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently",
            "later", "earlier", "then", "also", "again", "once", "afterward", "afterwards");

    /** Words that end an inverted speaker phrase ("said Smith in a statement"). */
    static final Set<String> NP_STOPS = words("in", "on", "at", "during", "after", "before",
            "while", "when", "as", "to", "from", "via", "with", "without", "because", "that",
            "who", "which", "where", "about", "and", "but", "outside", "inside", "near", "last",
            "this", "earlier", "later", "recently", "today", "yesterday", "tonight", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "through",
            "over", "into", "upon", "amid", "following", "ahead", "if", "than", "since", "until",
            "whose", "whom", "over", "under", "against", "told", "said", "says", "added");

    /** Words opening an introductory phrase before a sentence's subject. */
    static final Set<String> INTRO = words("in", "on", "at", "last", "earlier", "later", "after",
            "before", "although", "while", "when", "if", "as", "because", "since", "though",
            "during", "despite", "for", "with", "without", "under", "meanwhile", "however", "but",
            "and", "still", "yet", "also", "instead", "then", "by", "from", "to", "over", "amid",
            "throughout", "following", "unlike", "like", "besides", "within", "according",
            "so", "now", "once", "until", "whether", "even", "next", "this", "that", "asked",
            "speaking", "writing", "addressing", "responding", "yesterday", "today", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "here", "there",
            "indeed", "of", "about", "against", "outside", "inside", "near", "upon", "into",
            "first", "second", "finally", "separately", "elsewhere", "where", "more", "less",
            "back", "just", "not", "only", "all", "ultimately", "moreover", "nevertheless",
            "nonetheless", "otherwise", "similarly", "likewise", "specifically", "previously",
            "recently", "initially", "in", "across");

    /** Auxiliaries and other words that end a subject noun phrase. */
    static final Set<String> VERBISH = words("has", "have", "had", "is", "are", "was", "were",
            "will", "would", "can", "could", "may", "might", "should", "must", "shall", "did",
            "does", "do", "later", "also", "then", "again", "never", "still", "already", "once",
            "not", "repeatedly", "previously", "recently", "who", "which", "that", "been", "be",
            "went", "made", "took", "gave", "got", "sent", "wants", "want", "wanted", "seeks",
            "sought", "tried", "tries", "began", "keeps", "kept", "rejected", "has", "issued",
            "released", "appeared", "spoke", "met", "left", "came", "comes", "became", "sees",
            "saw", "knows", "knew", "thinks", "thought", "believes", "believed", "feels", "felt",
            "faces", "faced", "plans", "planned", "hopes", "hoped", "needs", "needed", "gets",
            "makes", "takes", "gives", "goes", "runs", "ran", "won", "wins", "lost", "loses",
            "holds", "held", "led", "leads", "used", "uses", "put", "puts", "set", "sets");

    /** Titles that may stand before a name and are not part of it. */
    static final Set<String> TITLES = words("president", "vice", "sen.", "senator", "rep.",
            "representative", "gov.", "governor", "mayor", "secretary", "minister", "prime",
            "foreign", "defense", "chief", "justice", "judge", "speaker", "leader", "gen.",
            "general", "dr.", "mr.", "mrs.", "ms.", "miss", "rev.", "reverend", "pope", "king",
            "queen", "prince", "princess", "deputy", "attorney", "ambassador", "chairman",
            "chairwoman", "chair", "director", "commissioner", "spokesman", "spokeswoman",
            "former", "u.s.", "state", "of", "lt.", "col.", "sgt.", "capt.", "adm.", "maj.",
            "cmdr.", "sens.", "reps.", "prof.", "professor", "sheriff", "chancellor", "premier",
            "lt", "col", "sgt", "capt", "gen", "sen", "rep", "gov", "dr", "mr", "mrs", "ms",
            "gop", "democratic", "republican", "first", "lady", "rabbi", "imam", "bishop",
            "cardinal", "archbishop", "father", "sister", "brother", "coach", "officer", "agent",
            "detective", "lieutenant", "colonel", "sergeant", "captain", "admiral", "major",
            "council", "councilman", "councilwoman", "supervisor", "assemblyman",
            "assemblywoman", "del.", "delegate", "congressman", "congresswoman", "the", "and",
            "un", "u.n.", "homeland", "security", "house", "senate", "majority", "minority",
            "whip", "interior", "treasury", "commerce", "labor", "education", "energy",
            "transportation", "agriculture", "health", "human", "services", "veterans", "affairs",
            "housing", "urban", "development", "national", "intelligence", "white", "press",
            "campaign", "manager", "strategist", "adviser", "advisor", "aide", "candidate",
            "nominee", "presidential", "front-runner", "frontrunner", "hopeful", "sir", "dame",
            "lord", "lady", "her", "his", "excellency", "emir", "sheikh", "crown", "chief",
            "executive", "ceo", "founder", "owner", "analyst", "economist", "author", "actor",
            "actress", "singer", "rapper", "star", "anchor", "host", "billionaire", "businessman",
            "businesswoman", "mogul", "activist", "lawyer", "attorney-general", "solicitor",
            "general's", "inspector", "auditor", "controller", "comptroller", "treasurer",
            "clerk", "registrar", "dean", "provost", "superintendent", "principal", "coach",
            "alderman", "alderwoman", "councilor", "councillor", "trustee", "engineer",
            "organizer", "democrat", "independent", "libertarian", "fire", "police", "farmer",
            "teacher", "nurse", "doctor", "pastor", "resident", "researcher", "scientist",
            "student", "biologist", "advocate", "curator", "pilot", "astronaut", "pollster",
            "spokesperson", "envoy", "negotiator", "prosecutor", "defender", "physician",
            "surgeon", "historian", "psychologist", "sociologist", "attorney", "counsel",
            "colleague", "aide", "witness", "neighbor", "neighbour", "friend", "lawmaker",
            "rival", "voter", "official", "worker", "employee", "volunteer", "survivor",
            "mother", "daughter", "wife", "husband", "widow", "uncle", "aunt", "cousin");

    /** Honorifics dropped from a name without becoming a descriptor. */
    static final Set<String> HONORIFICS = words("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms",
            "dr.", "dr");

    /** Words in a name that mark an organisation or a place rather than a person. */
    static final Set<String> ORG_WORDS = words("korea", "china", "russia", "states", "america",
            "house", "department", "ministry", "party", "council", "committee", "government",
            "office", "agency", "administration", "campaign", "court", "congress", "senate",
            "police", "army", "force", "forces", "union", "nations", "times", "post", "news",
            "press", "association", "institute", "university", "center", "centre", "foundation",
            "group", "bank", "company", "corp.", "inc.", "corporation", "commission", "board",
            "network", "service", "services", "bureau", "coalition", "alliance", "organization",
            "organisation", "federation", "league", "club", "church", "school", "college",
            "hospital", "fund", "trust", "project", "council", "pentagon", "kremlin", "reuters",
            "journal", "magazine", "tribune", "herald", "globe", "network", "cnn", "nbc", "abc",
            "cbs", "fox", "msnbc", "npr", "pac", "gop", "dnc", "rnc", "fbi", "cia", "nsa", "epa",
            "un", "nato", "eu", "iran", "japan", "germany", "france", "britain", "israel",
            "ukraine", "syria", "iraq", "mexico", "canada", "india", "pakistan", "turkey",
            "washington", "moscow", "beijing", "pyongyang", "seoul", "tokyo", "london", "paris",
            "york", "county", "city", "state", "republic", "kingdom", "democrats", "republicans");
}
