// The sample article behind "Load the sample article". It is original, written for
// Hedgescope (the town, the people and the events are invented), and it deliberately mixes
// named, anonymous and vague sources, hedges, boosters and quotations so that every part of
// the analysis has something to show.

export const SAMPLE_TITLE = 'Harbor town weighs a seawall it may not be able to afford';

export const SAMPLE_ARTICLE = `Harbor town weighs a seawall it may not be able to afford

PORT ELLERY — The town council of Port Ellery will vote next month on a seawall that could protect the harbor district from winter storms, but the project may cost far more than residents were first told.

According to a draft budget seen by this newspaper, the wall would cost about $48 million, nearly twice the estimate presented at a public meeting in March. Two people familiar with the matter said the engineering firm had warned the council in June that the earlier figure was probably too low. They spoke on condition of anonymity because the talks are not public.

Mayor Dana Okafor defended the plan on Tuesday. "We have clearly reached the point where doing nothing is the expensive choice," she said. "Every winter we lose part of the waterfront, and every winter the repairs cost more."

Critics say the council has moved too fast. Some residents believe the town should first try cheaper measures, such as restoring the salt marsh south of the ferry pier. "Nobody has shown us the numbers for the marsh," said Tomas Lindqvist, who runs a boatyard on Quay Street. "Maybe it works, maybe it doesn't, but we deserve to know before we borrow forty-eight million dollars."

Officials in the state environment department are reportedly skeptical of the design. A senior official, who asked not to be named, said the agency suspected that the wall might push erosion onto the beaches north of town. Sources close to the council said members expected the state to demand a new study, which could delay construction by a year or more.

Analysts who follow municipal bonds said the town would likely pay a higher interest rate than larger cities. Experts have long argued that small coastal towns undoubtedly face the steepest costs of adapting to rising seas, since they have the fewest taxpayers to share them.

The harbor district appears to be flooding more often. Town records show that Quay Street was closed by high water eleven times last year, compared with three times a decade ago. It is widely believed in Port Ellery that the storms are getting worse, although the weather station at the lighthouse has kept records for only fifteen years, which seems too short to say for certain.

Council member Priya Raman, who chairs the finance committee, said she had not decided whether to support the project. "In fact, I think the wall is probably necessary," she said. "What I doubt is that we can pay for it without help from the state."

The vote is scheduled for November 14. Residents can read the engineering report at the town library.
`;
