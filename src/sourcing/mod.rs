//! Sourcing: who says so, and whose words are these?
//!
//! * [`attribution`] finds reporting expressions ("said", "according to", "denied") and their
//!   sources, and [`classify`] sorts each source into named, anonymous or vague;
//! * [`quotes`] finds direct quotations, so every sentence, hedge and attribution can be
//!   marked as the reporter's voice or quoted speech;
//! * [`analyze`] puts both together with the hedging findings into the Report's sourcing
//!   profile: counts per source kind, per-paragraph densities, and readability and hedge
//!   density per voice.
//!
//! Word lists are data: `lexicon/reporting_verbs.txt` (expressions, stance, rules) and
//! `lexicon/source_nouns.txt` (what makes a source named, anonymous or vague), parsed by
//! [`words`].

pub mod attribution;
pub mod classify;
pub mod context;
pub mod quotes;
pub mod words;

use crate::counts::{Tally, TextCounts};
use crate::hedging::Finding;
use crate::readability;
use crate::report::{per_100_words, AttributionReport, ParagraphSourcing, SourceKind, SourcingProfile, TextSpan, Voice, VoiceProfile};
use crate::segment::Segments;
use crate::span::Span;
use attribution::Attribution;
use quotes::Quotes;

/// Everything the sourcing analysis adds to a Report.
#[derive(Clone, Debug, Default)]
pub struct Sourcing {
    /// The quotations of the text.
    pub quotes: Quotes,
    /// The voice of each sentence: quoted when more than half of its words are inside a
    /// quotation, the reporter's otherwise.
    pub sentence_voices: Vec<Voice>,
    /// Every attribution, in text order.
    pub attributions: Vec<Attribution>,
    /// The profile for the Report.
    pub profile: SourcingProfile,
}

impl Sourcing {
    /// The voice at byte `position` (of a hedge, say).
    pub fn voice_at(&self, position: usize) -> Voice {
        self.quotes.voice_at(position)
    }

    /// The attributions as Report entries.
    pub fn attribution_reports<'t>(&self, text: &'t str) -> Vec<AttributionReport<'t>> {
        let text_span = |s: Span| TextSpan { start: s.start, end: s.end, text: s.slice(text) };
        self.attributions
            .iter()
            .map(|a| AttributionReport {
                start: a.span.start,
                end: a.span.end,
                text: a.span.slice(text),
                kind: a.kind,
                source: Some(text_span(a.source)),
                sentence: a.sentence,
                verb: a.phrase,
                stance: a.stance,
                voice: self.voice_at(a.span.start),
                antecedent: a.antecedent.map(text_span),
            })
            .collect()
    }
}

/// Runs the sourcing analysis over a segmented, counted text and its hedging findings.
pub fn analyze(text: &str, segments: &Segments, counts: &TextCounts, findings: &[Finding]) -> Sourcing {
    let quotes = Quotes::find(text, segments);
    let cx = context::Context::new(text, segments, counts);
    let attributions = attribution::find(&cx);

    // Words per voice and sentence voices, in one merge of words with quotations.
    let mut quoted_words_in_sentence = vec![0u32; segments.sentences.len()];
    let mut words_per_voice = [0u32; 2];
    let mut voices = quotes.cursor();
    for w in &segments.words {
        let voice = voices.voice_at(w.span.start);
        words_per_voice[voice as usize] += 1;
        if voice == Voice::Quoted {
            quoted_words_in_sentence[w.sentence] += 1;
        }
    }
    let sentence_voices: Vec<Voice> = segments
        .sentences
        .iter()
        .zip(&quoted_words_in_sentence)
        .map(|(s, &quoted)| if 2 * quoted as usize > s.words.len() { Voice::Quoted } else { Voice::Reporter })
        .collect();

    let mut tally_per_voice = [Tally::default(); 2];
    for (voice, tally) in sentence_voices.iter().zip(&counts.sentences) {
        tally_per_voice[*voice as usize] += *tally;
    }
    let mut hedges_per_voice = [0u32; 2];
    let mut paragraphs: Vec<ParagraphSourcing> = segments
        .paragraphs
        .iter()
        .enumerate()
        .zip(&counts.paragraphs)
        .map(|((i, _), t)| ParagraphSourcing { paragraph: i, words: t.words, ..ParagraphSourcing::default() })
        .collect();
    for f in findings.iter().filter(|f| f.category.is_hedge()) {
        hedges_per_voice[quotes.voice_at(f.span.start) as usize] += 1;
        if let Some(p) = paragraphs.get_mut(segments.sentences[f.sentence].paragraph) {
            p.hedges += 1;
        }
    }

    let mut profile = SourcingProfile::default();
    let mut last_attributed_sentence = None;
    for a in &attributions {
        if quotes.voice_at(a.span.start) == Voice::Quoted {
            profile.quoted_attributions += 1;
            continue;
        }
        if last_attributed_sentence != Some(a.sentence) {
            profile.attributed_sentences += 1;
            last_attributed_sentence = Some(a.sentence);
        }
        if a.stance == crate::report::Stance::Loaded {
            profile.loaded_verbs += 1;
        }
        let paragraph = paragraphs.get_mut(segments.sentences[a.sentence].paragraph);
        match a.kind {
            SourceKind::Named => {
                profile.named += 1;
                if let Some(p) = paragraph {
                    p.named += 1;
                }
            }
            SourceKind::Anonymous | SourceKind::Vague => {
                if a.kind == SourceKind::Anonymous {
                    profile.anonymous += 1;
                } else {
                    profile.vague += 1;
                }
                if let Some(p) = paragraph {
                    p.anonymous_or_vague += 1;
                }
            }
        }
    }
    for p in &mut paragraphs {
        p.hedges_per_100_words = per_100_words(p.hedges, p.words);
        p.anonymous_or_vague_per_100_words = per_100_words(p.anonymous_or_vague, p.words);
    }
    let voice_profile = |v: Voice| {
        let (tally, words, hedges) = (&tally_per_voice[v as usize], words_per_voice[v as usize], hedges_per_voice[v as usize]);
        VoiceProfile {
            sentences: tally.sentences,
            words,
            readability: readability::scores(tally),
            hedges,
            hedges_per_100_words: per_100_words(hedges, words),
        }
    };
    profile.reporter = voice_profile(Voice::Reporter);
    profile.quoted = voice_profile(Voice::Quoted);
    profile.paragraphs = paragraphs;
    Sourcing { quotes, sentence_voices, attributions, profile }
}
