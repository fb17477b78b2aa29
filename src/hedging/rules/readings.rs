//! Rules about the reading of a word: "May" the month, nouns, ability and permission,
//! proposals, physical appearance, attributed belief, feasibility.

use super::{is_negator, is_number, one_of, Context, BE, NOUN_MARKERS};

/// "May" the month: capitalised after the first word of a sentence, or next to a day, a year
/// or a preposition of time ("on 3 May", "May 2021", "in May", "of May", "early May").
pub(super) fn is_month(cx: &Context) -> bool {
    let written = cx.cue_as_written();
    if !written.starts_with('M') {
        return false;
    }
    // "MAY" in capitals is a shouted modal unless numbers surround it.
    let titled = written == "May";
    let next_is_number = cx.after(1).is_some_and(|w| is_number(&w));
    let previous_is_number = cx.before(1).is_some_and(|w| is_number(&w));
    let time_word_before = one_of(&cx.before(1), &["in", "of", "since", "until", "till", "early", "late", "mid", "during", "last", "next", "this", "by", "from", "through", "between"]);
    next_is_number || previous_is_number || (titled && (!cx.at_sentence_start() || time_word_before))
}

/// The cue word used as a noun.
pub(super) fn is_noun(cx: &Context) -> bool {
    /// Adjectives and nouns that come before these words only as nouns ("free will",
    /// "military might", "tin can", "prime suspect", "political thought").
    const NOUN_MODIFIERS: &[&str] = &[
        "free", "good", "ill", "last", "political", "popular", "general", "military", "economic", "naval",
        "industrial", "tin", "trash", "garbage", "beer", "soda", "oil", "watering", "prime", "main", "chief",
        "key", "murder", "second", "greek", "western", "modern", "scientific", "religious", "philosophical",
        "contemporary", "all", "with", "against", "at", "of",
    ];
    let previous = cx.before(1);
    let cue = cx.cue();
    // "of" and "with" make nouns only of some cues: "school of thought", "with might";
    // "hope of winning might" does not occur, "of" before "will" ("of will") does.
    if one_of(&previous, NOUN_MARKERS) || (one_of(&previous, NOUN_MODIFIERS) && !(cue == "suspect" && one_of(&previous, &["of", "with", "at"]))) {
        return true;
    }
    if previous.as_deref().is_some_and(is_number) {
        return true;
    }
    // "might and main", "the suspects were": a noun before a finite verb or conjunction.
    cue == "might" && one_of(&cx.after(1), &["and", "of"])
}

/// Ability or permission readings of could, may and can.
pub(super) fn is_ability_or_permission(cx: &Context) -> bool {
    const STATIVE: &[&str] = &["be", "have", "been", "always", "possibly", "well", "also", "even"];
    /// Verbs after "you may" that report a likely experience, not a permission.
    const EXPERIENCE: &[&str] = &[
        "be", "have", "not", "well", "find", "need", "want", "notice", "feel", "see", "think", "know", "wish",
        "like", "recall", "remember", "realise", "realize", "already", "never", "experience", "get",
        "encounter", "hear", "also", "prefer", "wonder", "expect",
    ];
    const PERMITTED: &[&str] = &[
        "you", "visitors", "guests", "students", "users", "members", "applicants", "passengers", "readers",
        "customers", "players", "participants", "candidates", "employees", "residents",
    ];
    let cue = cx.cue();
    let next = cx.after(1);
    // Negative ability: "could not open", "couldn't find", "could never" + an action verb.
    let negated = cue.ends_with("n't") || cue == "cannot" || next.as_deref().is_some_and(is_negator);
    if negated {
        let verb_at = if cue.ends_with("n't") || cue == "cannot" { 1 } else { 2 };
        let verb = cx.after(verb_at);
        return verb.is_some() && !one_of(&verb, STATIVE);
    }
    // "could only", "could barely", "could no longer": ability.
    if one_of(&next, &["only", "barely", "hardly", "scarcely", "easily", "finally", "now"]) && cue != "may" {
        return true;
    }
    // Requests and permission questions: "Could you pass the salt?", "May I ask?".
    if one_of(&next, &["i", "we", "you"]) && cx.in_question() {
        return true;
    }
    // Permission: "you may leave", "visitors may use the pool".
    cue == "may" && one_of(&cx.before(1), PERMITTED) && next.is_some() && !one_of(&next, EXPERIENCE)
}

/// "suggest" proposing an action: an object that is a plan, a change or a name, or "to" a
/// person ("suggested to him").
pub(super) fn is_proposal(cx: &Context) -> bool {
    const PROPOSALS: &[&str] = &[
        "plan", "plans", "change", "changes", "name", "names", "meeting", "compromise", "deal", "trip", "visit",
        "walk", "date", "alternative", "alternatives", "route", "amendment", "amendments", "improvement",
        "improvements", "title", "solution", "solutions", "ways", "way", "remedy", "reforms", "reform", "menu",
        "recipe", "movie", "film", "book", "song", "toast", "break", "ceasefire", "truce", "swap", "merger",
    ];
    const PEOPLE: &[&str] = &["him", "her", "them", "me", "us", "you"];
    let next = cx.after(1);
    if next.as_deref() == Some("to") && one_of(&cx.after(2), PEOPLE) {
        return true;
    }
    // Skip a determiner and up to one modifier: "suggested a new plan".
    (1..=3).map(|k| cx.after(k)).take_while(|w| w.as_deref() != Some("that")).any(|w| one_of(&w, PROPOSALS))
}

/// "appear" as showing up in a place, a medium or a role.
pub(super) fn is_physical_appearance(cx: &Context) -> bool {
    const PLACES: &[&str] = &[
        "on", "onstage", "in", "at", "before", "alongside", "with", "during", "opposite", "live", "briefly",
        "twice", "once", "regularly", "frequently", "together", "nude", "courtesy", "under", "inside", "outside",
        "near", "behind", "for", "from", "out", "there", "here", "later", "only", "again", "first", "throughout",
    ];
    let next = cx.after(1);
    // Sentence-final "appeared" is "came into view": "Then the moon appeared."
    next.is_none() || one_of(&next, PLACES) || one_of(&cx.before(1), &["first", "last", "later", "frequently", "regularly"])
}

/// "is considered", "considered to be", "regarded as", "widely expected": belief attributed.
pub(super) fn is_passive_or_attributive(cx: &Context) -> bool {
    const ADVERBS: &[&str] = &[
        "widely", "generally", "often", "also", "commonly", "now", "still", "long", "sometimes", "usually",
        "frequently", "traditionally", "largely", "mostly", "not", "once", "originally", "previously",
        "initially", "broadly", "popularly", "later", "first", "formerly", "universally", "then", "thus",
        "therefore", "even", "possibly", "probably", "perhaps", "some", "many", "most", "being",
    ];
    let previous = cx.before(1);
    if one_of(&previous, BE) || one_of(&previous, ADVERBS) {
        return true;
    }
    one_of(&cx.after(1), &["to", "as", "by", "one", "among", "that", "the", "a", "an", "it"]) && !one_of(&previous, NOUN_MARKERS)
        && !previous.as_deref().is_some_and(|w| matches!(w, "he" | "she" | "i" | "we" | "they" | "who"))
}

/// "possible" meaning feasible: "as soon as possible", "where possible", "made it possible",
/// "the earliest possible date",
/// "it is possible to replace". "It is possible that ..." stays a hedge.
pub(super) fn is_feasibility(cx: &Context) -> bool {
    let previous = cx.before(1);
    // "as soon as possible", "if possible", and after a superlative: "the earliest possible date".
    let superlative = previous.as_deref().is_some_and(|w| w.len() > 4 && w.ends_with("est")) || one_of(&previous, &["best", "worst", "most", "least"]);
    if superlative || one_of(&previous, &["as", "if", "where", "wherever", "when", "whenever"]) {
        return true;
    }
    let made_it = previous.as_deref() == Some("it") && one_of(&cx.before(2), &["make", "makes", "made", "making"]);
    made_it || cx.after(1).as_deref() == Some("to")
}

