//! Rules about quantities and sources: numeric approximators, vague quantities of people
//! or things, and the reporting context that makes "sources" anonymous sources.

use super::{is_number, one_of, Context};

/// An approximator right before a number, or "an estimated".
pub(super) fn is_numeric_approximation(cx: &Context) -> bool {
    cx.after(1).is_some_and(|w| is_number(&w)) || one_of(&cx.before(1), &["a", "an"]) && cx.cue().starts_with("estimate")
}

/// "sources said", "sources close to", "unnamed sources", "a source familiar with".
pub(super) fn is_reporting_context(cx: &Context) -> bool {
    const AFTER: &[&str] = &[
        "said", "say", "says", "told", "tell", "close", "closest", "familiar", "within", "inside", "who", "with",
        "report", "reported", "reports", "claim", "claimed", "claims", "suggest", "suggested", "indicate",
        "indicated", "confirmed", "confirm", "added", "described", "speaking", "quoted", "cited", "believe",
        "believed", "insist", "insisted", "revealed", "disclosed", "knowledgeable", "briefed", "state", "stated",
        "allege", "alleged", "maintain", "contend", "argue", "noted", "explained", "warned", "expect", "expected",
        "disagree", "differ", "vary", "conflict",
    ];
    const BEFORE: &[&str] = &[
        "anonymous", "unnamed", "unidentified", "informed", "well-informed", "well-placed", "official",
        "government", "diplomatic", "intelligence", "police", "military", "security", "senior", "several",
        "multiple", "industry", "reliable", "trusted", "knowledgeable", "confidential", "some", "other",
        "many", "various", "according", "to", "local", "western", "palace", "party", "administration",
        "independent", "unofficial", "internal", "two", "three", "four", "five",
    ];
    one_of(&cx.after(1), AFTER) || one_of(&cx.before(1), BEFORE)
}

/// "most" and "many" as vague quantities, not superlatives ("the most famous", "most
/// importantly") or exact counts ("how many", "as many as 300").
pub(super) fn is_vague_quantity(cx: &Context) -> bool {
    let cue = cx.cue();
    let previous = cx.before(1);
    let next = cx.after(1);
    if one_of(&previous, &["how", "the", "at", "so", "too", "a", "his", "her", "their", "its", "my", "our", "your"]) {
        return false;
    }
    if cue == "many" && previous.as_deref() == Some("as") {
        return false;
    }
    // A vague stretch of time or count of occasions says nothing about who holds a view.
    const TIME_UNITS: &[&str] = &[
        "years", "times", "months", "decades", "centuries", "days", "weeks", "hours", "minutes", "seconds",
        "generations", "occasions", "seasons", "miles", "kilometres", "kilometers", "feet", "metres", "meters",
    ];
    if one_of(&next, TIME_UNITS) || (one_of(&next, &["more", "other", "long", "successive", "consecutive"]) && one_of(&cx.after(2), TIME_UNITS)) {
        return false;
    }
    if cue == "most" {
        // "most important", "most notably", "most likely": an adjective or adverb follows.
        if let Some(w) = next.as_deref() {
            const ADJECTIVE_ENDINGS: &[&str] = &["ly", "ful", "ous", "ive", "able", "ible", "ant", "ent", "al", "ic", "est", "ed", "ing", "ar", "less"];
            let common_nouns = ["people", "scholars", "critics", "experts", "historians", "of"];
            if !common_nouns.contains(&w) && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)) {
                return false;
            }
            if matches!(w, "popular" | "famous" | "common" | "well-known" | "recent" | "prominent" | "powerful" | "successful" | "likely") {
                return false;
            }
        }
    }
    true
}

/// "some" or "most" quantifying a set of people or things ("some critics", "most of the
/// players", "some say"), not an amount of something ("some money", "for some reason",
/// "most of the year").
pub(super) fn is_plural_quantity(cx: &Context) -> bool {
    const IRREGULAR: &[&str] = &["people", "children", "men", "women", "species", "media", "data", "police", "clergy", "them", "us", "these", "those", "whom", "which"];
    const PRONOUN_USE: &[&str] = &["who", "have", "had", "say", "said", "believe", "believed", "argue", "argued", "claim", "claimed", "think", "thought", "consider", "suggest", "suggested", "are", "were", "do", "did", "will", "would", "may", "might", "even", "also", "still"];
    const DETERMINERS: &[&str] = &["the", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that"];
    let plural = |w: &Option<String>| {
        w.as_deref().is_some_and(|w| {
            IRREGULAR.contains(&w) || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && w.len() > 3)
        })
    };
    let Some(next) = cx.after(1) else { return true };
    if PRONOUN_USE.contains(&next.as_str()) {
        return true;
    }
    // "some of the players": look past "of" and a determiner.
    let at = if next == "of" { if one_of(&cx.after(2), DETERMINERS) { 3 } else { 2 } } else { 1 };
    // One modifier may come between: "some academic books", "most of the early settlers".
    plural(&cx.after(at)) || plural(&cx.after(at + 1)) && !one_of(&cx.after(at), &["of"])
}

