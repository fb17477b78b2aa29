//! Unit tests of the matcher and the context rules, one case table per rule.

use super::*;
use crate::counts::{count, NO_FORM};
use crate::segment::segment;

/// The cues found in `text`, as written.
fn cues(text: &str) -> Vec<String> {
    let segments = segment(text);
    find(text, &segments, &count(text, &segments)).into_iter().map(|f| f.span.slice(text).to_owned()).collect()
}

fn found(text: &str) -> Vec<(String, Category)> {
    let segments = segment(text);
    find(text, &segments, &count(text, &segments)).into_iter().map(|f| (f.span.slice(text).to_owned(), f.category)).collect()
}

/// Asserts that `word` is (or is not) part of a cue in each sentence of the table.
fn check(word: &str, table: &[(&str, bool)]) {
    for &(sentence, expected) in table {
        let got = cues(sentence).iter().any(|c| c.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)));
        assert_eq!(got, expected, "{word:?} in {sentence:?}: expected {expected}, found {:?}", cues(sentence));
    }
}

#[test]
fn finds_each_category() {
    let found = found("The plan may fail. Officials reportedly agreed. Critics disagree. Sources said so. It is clearly wrong. We believe it. We asked whether it works.");
    let categories: Vec<Category> = found.iter().map(|(_, c)| *c).collect();
    assert_eq!(
        categories,
        [Category::Epistemic, Category::Attribution, Category::VagueSource, Category::AnonymousSource, Category::Booster, Category::Doxastic, Category::Investigation]
    );
}

#[test]
fn longest_phrase_wins() {
    assert_eq!(found("It seems likely to rain."), [("It seems likely".to_owned(), Category::Epistemic)]);
    assert_eq!(found("There is no doubt about it."), [("There is no doubt".to_owned(), Category::Booster)]);
}

#[test]
fn phrase_split_by_line_break_and_curly_quotes_still_matches() {
    assert_eq!(found("This was, according\nto officials, fine."), [("according\nto".to_owned(), Category::Attribution)]);
    assert_eq!(cues("I don’t doubt it."), ["don’t doubt"]);
}

#[test]
fn case_makes_no_difference() {
    assert_eq!(cues("REPORTEDLY, it MIGHT work."), ["REPORTEDLY", "MIGHT"]);
}

#[test]
fn no_match_inside_a_word() {
    assert!(cues("Their dismay was visible.").is_empty());
}

#[test]
fn may_the_month_is_not_a_hedge() {
    check("may", &[
        ("The vote took place on 3 May 2021.", false),
        ("In May the council met.", false),
        ("Prime Minister Theresa May resigned.", false),
        ("May 2021 was wet.", false),
        ("The talks ended in early May.", false),
        ("The plan may fail.", true),
        ("May the best team win, though it may rain.", true),
        ("Prices may rise in June.", true),
    ]);
    assert_eq!(cues("In May it may rain."), ["may"]);
}

#[test]
fn modal_nouns_are_not_hedges() {
    check("might", &[
        ("He pushed with all his might.", false),
        ("The military might of Rome grew.", false),
        ("They fought with might and main.", false),
        ("It might rain.", true),
    ]);
    // "can" and "will" are not cues on their own (mostly ability and future); their nouns
    // must stay unflagged even next to words that are cues in other readings.
    assert!(cues("She kicked a can of paint.").is_empty());
    assert!(cues("It was against her will. He changed his will.").is_empty());
    check("suspect", &[("Police arrested the suspect.", false), ("The prime suspect fled.", false), ("We suspect a leak.", true)]);
    check("thought", &[("This school of thought is old.", false), ("It was once thought to be extinct.", true)]);
}

#[test]
fn ability_and_permission_readings_are_not_hedges() {
    check("could", &[
        ("He could not open the door.", false),
        ("She couldn't find the keys.", false),
        ("They could only watch.", false),
        ("Could you pass the salt?", false),
        ("The dam could fail.", true),
        ("The result could not be explained otherwise.", true),
    ]);
    check("may", &[
        ("You may leave now.", false),
        ("Visitors may use the pool.", false),
        ("May I ask a question?", false),
        ("You may find this surprising.", true),
        ("You may be right.", true),
    ]);
    assert_eq!(cues("The effect cannot be excluded."), ["cannot be excluded"]);
}

#[test]
fn suggest_as_a_proposal_is_not_a_hedge() {
    check("suggested", &[
        ("He suggested a plan.", false),
        ("She suggested a new name for the club.", false),
        ("I suggested to him that we leave.", false),
        ("These results suggested a role for the gene.", true),
        ("It has been suggested that the tomb is older.", true),
    ]);
}

#[test]
fn appear_physically_is_not_a_hedge() {
    check("appeared", &[
        ("She appeared on stage in 1990.", false),
        ("He appeared in three films.", false),
        ("The band first appeared at the festival.", false),
        ("Then the moon appeared.", false),
        ("The protein appeared to bind DNA.", true),
        ("The wound appeared infected.", true),
    ]);
}

#[test]
fn negation_changes_the_reading() {
    // "no doubt" is a booster; plain "doubt" is doxastic; "not clear" is a hedge.
    assert_eq!(found("No doubt he won."), [("No doubt".to_owned(), Category::Booster)]);
    assert_eq!(found("I doubt he won."), [("doubt".to_owned(), Category::Doxastic)]);
    assert_eq!(found("It is not clear who won."), [("It is not clear".to_owned(), Category::Epistemic)]);
    // A negated booster is no booster.
    assert!(cues("The data do not clearly support it.").is_empty());
    assert_eq!(found("The data clearly support it."), [("clearly".to_owned(), Category::Booster)]);
}

#[test]
fn numeric_approximators_are_not_hedges() {
    check("some", &[("Some 350 people came.", false), ("Some people came.", true)]);
    check("estimated", &[("An estimated 300 died.", false), ("The cost was estimated at 5 million.", true)]);
    assert!(cues("About 300 people came, around 20 left.").is_empty());
}

#[test]
fn sources_only_in_a_reporting_context() {
    check("sources", &[
        ("Sources said the deal was close.", true),
        ("Unnamed sources told reporters.", true),
        ("Renewable energy sources are growing.", false),
        ("The sources of the river are in the hills.", false),
    ]);
}

#[test]
fn belief_verbs_count_when_attributed() {
    check("considered", &[
        ("He is considered the best.", true),
        ("It was considered one of the finest.", true),
        ("She considered the offer.", false),
    ]);
}

#[test]
fn most_as_superlative_is_not_a_vague_quantity() {
    check("most", &[
        ("It is the most recent song.", false),
        ("Most historians agree.", true),
        ("Most of the early settlers left.", true),
        ("The lake is frozen for most of the year.", false),
    ]);
    check("many", &[("As many as 300 came.", false), ("How many came?", false), ("Many of the houses burned.", true), ("He played there for many years.", false)]);
    check("several", &[("Several times a day it rains.", false), ("Several experts disagreed.", true)]);
}

#[test]
fn phrases_never_cross_sentences() {
    assert!(!cues("He spoke according. To the plan, it worked.").iter().any(|c| c.contains("according")));
}

#[test]
fn believe_in_is_faith_not_a_hedge() {
    check("believe", &[("Many people believe in God.", false), ("I believe the vote was rigged.", true)]);
}

#[test]
fn vague_some_is_a_set_not_an_amount() {
    check("some", &[
        ("Some critics disliked it.", true),
        ("Some of the houses burned.", true),
        ("Some say it was a mistake.", true),
        ("For some reason he left.", false),
        ("She made some money.", false),
    ]);
}

#[test]
fn possible_as_feasible_is_not_a_hedge() {
    check("possible", &[
        ("Reply as soon as possible.", false),
        ("He will answer at the earliest possible time.", false),
        ("We chose the best possible route.", false),
        ("The grant made it possible to build the lab.", false),
        ("It is possible to replace the chip.", false),
        ("A possible role for the gene was found.", true),
    ]);
    assert_eq!(cues("It is possible that the gene acts early."), ["It is possible that"]);
}

#[test]
fn phrases_do_not_span_clause_punctuation() {
    assert!(cues("It was said, to the crowd, that all was well.").is_empty());
    assert_eq!(cues("The house is said to be haunted."), ["is said to"]);
}

#[test]
fn group_nouns_inside_names_are_not_vague_sources() {
    check("scientists", &[("He joined the Union of Concerned Scientists.", false), ("Scientists disagree.", true), ("Many scientists disagree.", true)]);
}

#[test]
fn reputation_superlatives_are_unsupported_claims() {
    assert_eq!(found("It is the most famous song."), [("most famous".to_owned(), Category::VagueSource)]);
    assert!(cues("It is the most recent song.").is_empty());
}

#[test]
fn accusations_and_allegations_are_hearsay() {
    assert_eq!(found("He was accused of fraud."), [("accused of".to_owned(), Category::Attribution)]);
    assert_eq!(found("The alleged bribe was small."), [("alleged".to_owned(), Category::Attribution)]);
    let text = "The alleged bribe was small.";
    let segments = segment(text);
    assert_eq!(find(text, &segments, &count(text, &segments))[0].strength, Some(Strength::Strong));
}

#[test]
fn words_without_a_form_id_are_read_from_the_text() {
    // The form ids of `count` let `find` reuse a form's lexicon id; a word without one
    // (`NO_FORM`, as after the form cache is full) must give the same findings.
    let text = "It may rain. MAY it? It may; it might. Possibly, it MIGHT. The May fair may close.";
    let segments = segment(text);
    let counts = count(text, &segments);
    let without = TextCounts { forms: vec![NO_FORM; segments.words.len()], form_count: 0, ..counts.clone() };
    let with_forms = find(text, &segments, &counts);
    assert!(with_forms.len() >= 5, "{with_forms:?}");
    assert_eq!(with_forms, find(text, &segments, &without));
}
