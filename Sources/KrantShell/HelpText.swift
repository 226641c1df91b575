import KrantQuery
/// The text of `.help`, by topic. Every example here is a statement that runs on the sample corpus
/// (a test checks it).
enum HelpText {
    static let topics = ["sources", "stages", "conditions", "dates", "analysis", "plot", "examples", "commands"]

    static func text(for topic: String) throws -> String {
        switch topic.lowercased() {
        case "": return overview
        case "sources": return sources
        case "stages": return stages
        case "conditions", "fields": return conditions
        case "dates": return dates
        case "analysis", "kwic", "timeline", "cooccur", "collocates", "terms", "keywords", "ngrams": return analysis
        case "examples": return "Examples:\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
        case "plot", "charts": return plot
        case "commands": return commands
        default:
            throw ShellError("no help on '\(topic)'" + (Suggestions.didYouMean(topic, among: topics).map { "; \($0)" } ?? "")
                             + "\n  topics: \(topics.joined(separator: ", "))")
        }
    }

    static let examples = [
        #"articles where actor = "NAVO" and date < 2022-03"#,
        #"articles where text contains "kernwapens" | sort by date desc | limit 3"#,
        #"sentences where actor = "Poetin" and actor = "NAVO""#,
        #"articles where date >= 2022-01 and date <= 2022-12 | count"#,
        #"articles where actor = "Poetin" | count by month"#,
        #"articles | actors | sort by articles desc | limit 10"#,
        #"mentions where actor = "Rusland" and kind = metonym | count by form"#,
        #"articles where actor in ("China", "India") and not actor = "VS" | select id, date, title"#,
        #"let nato = articles where actor = "NAVO""#,
        #"nato | count by year"#,
        #"articles where text contains "kernwapens" | kwic "kernwapens" width 30"#,
        #"sentences where text contains "Poetin" within 10 of "kernwapens""#,
        #"sentences | kwic actor "Stoltenberg" | sort by left"#,
        #"articles | timeline by year of "NAVO", "China""#,
        #"sentences | cooccur with "Poetin" min 1"#,
        #"articles | collocates "kernwapens" window 5 min 1"#,
        #"articles where actor = "Poetin" | count by year per 1000 articles share"#,
        #"articles where actor = "NAVO" | keywords top 10"#,
        #"articles where actor = "NAVO" and date < 2022-03 | explain"#,
    ]

    static let overview = """
        krant answers questions about a news corpus. A statement is a source and stages joined with |:

          articles where actor = "NAVO" and date < 2022-03 | sort by date | limit 5

        Sources:    articles, sentences, mentions, actors (each may take 'where CONDITION')
        Stages:     where, sort by, limit, select, count, count by, sentences, mentions, actors
        Conditions: field = value, !=, <, <=, >, >=, in (…), between … and …, contains "…", matches /…/,
                    contains "…" within N of "…"
                    combined with and, or, not and parentheses
        Names:      let NAME = PIPELINE, then NAME works as a source
        Charts:     … | plot "FILE.svg" writes the rows of an analysis as a chart (.help plot)
        Lines:      a statement goes on after a line ending in and, or, not, where, by, offset, ',' or '|',
                    while a parenthesis is open, and before a line starting with '|' (at the prompt, such
                    a line continues the statement before it, which runs again with the new stages)

        More: .help sources | stages | conditions | dates | examples | commands
        Commands start with a dot: .help commands lists them. Tab completes; Ctrl-D leaves.

        """

    static let sources = """
        Sources: where rows come from.
          articles    one row per article: id, date, title, text, words, actor, source, url, author, provenance
          sentences   one row per sentence: text, actor, date, article, segment
          mentions    one row per actor mention: actor, form, kind, date, article, segment, sentence
          actors      the actor table: name, kind, articles, mentions, first, last, affiliation, guess
          NAME        rows bound earlier with: let NAME = PIPELINE
        Each may be followed by 'where CONDITION'. '.fields' explains every field.

        """

    /// One line per stage (more for a long summary), read from the stage table the parser uses.
    static var stages: String {
        "Stages, each after |:\n" + StageCatalog.entries.map { entry in
            let lines = entry.summary.split(separator: "\n")
            return "  " + entry.usage.padding(toLength: 32, withPad: " ", startingAt: 0) + lines[0]
                + lines.dropFirst().map { "\n" + String(repeating: " ", count: 34) + $0 }.joined()
        }.joined(separator: "\n") + "\n\n"
    }

    static let conditions = """
        Conditions:
          actor = "NAVO"                  mentions the actor (any spelling: "navo", "NATO", "Navo-top")
          actor in ("China", "India")     mentions one of them; actor != "VS" mentions not
          text contains "kernwapens"      whole words, ignoring case and accents
          text contains "kernwapen*"      a word starting with kernwapen
          text contains "Russische president"   words in a row
          text contains ~"kernwapen"      every word with the same Dutch stem: kernwapen, kernwapens
          text contains "Poetin" within 10 of "kernwapens"
                                          both at most 10 words apart, either order, in one sentence
                                          (1 is next to each other); add 'in article' to cross sentences
          title matches /poetin|kremlin/i a regular expression; i ignores case
          words > 500, words between 300 and 600
          kind = metonym, segment = caption     bare words for fixed sets (see .fields)
        Combine with and, or, not and parentheses; 'not' binds tightest, then 'and', then 'or'.
        Text compares ignoring case and accents. Strings take \\" and \\\\ escapes; “curly quotes” work too.

        """

    static let dates = """
        Dates are written without quotes: 2022, 2022-03 or 2022-03-15, and each is a period.
        An article dated 2022-03 covers all of March 2022, so:
          date < 2022-03        ends before March 2022 begins
          date > 2022-03        begins after March 2022 ends
          date = 2022           lies within 2022
          date <= D, date >= D  the same, or within D
          date between 2022-01 and 2022-06   within January to June 2022
        Undated articles satisfy no date condition. 'count by month' lists every month, zeros included.

        """

    static let analysis = """
        Concordance (keyword in context), after articles or sentences:
          articles where actor = "Poetin" | kwic "kernwapens"          one row per hit: article, date, left, hit, right
          sentences | kwic "kernwapen*" width 30 | sort by right       30 characters each side; sort by the words after
          sentences | kwic actor "Poetin" | sort by left               every form of an actor; sort by the words before
        The text takes the same words, prefixes and phrases as 'contains'. In a table the hits line up in one column.

        Timeline, after articles, sentences or mentions:
          articles where actor = "China" | timeline                    rows per month, months without any included
          articles | timeline by year of "NAVO", "Rusland"             one count column per actor
          articles where actor = "NAVO" | timeline by year per 1000 articles share
                                                                       beside each count: per 1000 articles of the
                                                                       corpus dated that year, and its share of all
        On a terminal a one-count timeline gets a bar per period, scaled to the largest count.

        Co-occurrence, after articles, sentences or mentions:
          sentences | cooccur                                          actor pairs in one sentence, at least twice
          articles | cooccur with "Poetin" in article min 1            Poetin's partners, counted per article
          mentions where kind = name | cooccur                         only the mentions kept are counted
        Columns: actor, partner, together (units with both), expected (actor_count · partner_count / N),
        actor_count, partner_count, g2 (log-likelihood, negative when together is below expected), pmi
        (pointwise mutual information, log2) and logdice (at most 14); strongest attraction first.
        N, the base, is the same for articles, sentences and mentions: the sentences (or articles) holding at
        least one of the mentions counted; a note under the table gives it. After a filter such as
        actor = "Rusland", Rusland is in every unit and cannot be measured: a note says so.

        Collocates, after articles or sentences:
          articles | collocates "kernwapens" window 5 min 1            words within 5 words of kernwapens, in its sentence
          sentences | collocates actor "Poetin" min 1                  words near any mention of Poetin
        Columns: collocate, together (words in the windows that are it), expected (window words · collocate_count
        / N), node_count (the hits), collocate_count, g2 (signed), pmi, logdice and dp; N is the running words of
        the rows. A word near two hits is counted once, the hits' own words never. Stop words and numbers are
        left out unless 'with stopwords, numbers'.

        Word lists, after articles or sentences (words folded: lower case, no accents):
          articles where actor = "China" | terms top 20                frequent words; Dutch stop words and words
                                                                       that start with a digit (2022, 5g) left out
          articles | terms with stopwords, numbers                     …or kept
          articles where actor = "NAVO" | keywords top 10              keyness against the rest of the corpus:
                                                                       signed log-likelihood and log ratio
          articles | terms whole forms                                 count words only as written (see below)
          sentences | ngrams 3 top 10                                  frequent runs of 2 to 5 words within a sentence
        A term's count is the number of words that text contains "term" finds: navo-top counts for navo-top,
        navo and top, and rusland's for rusland's and rusland, so the counts add up to more than the words.
        'whole forms' counts each word once, as written. Keywords need rows that leave a rest of the corpus.
        terms gives per_million (count per million running words of the rows) and dp, Gries's deviation of
        proportions over the rows' articles: 0 when spread as the articles' sizes are, towards 1 when in few.

        """

    /// The `plot` stage's line from the stage table, then what each analysis becomes.
    static var plot: String {
        let entry = PlotStage.help
        return "Charts, last in a statement:\n  " + entry.usage + "\n" + entry.summary.split(separator: "\n").map { "    " + $0 + "\n" }.joined()
            + """

            articles | timeline by month | plot "months.svg"                bars per period (lines when there are many)
            articles | timeline by year of "NAVO", "China" | plot "t.svg"   a series per actor, with a legend
            mentions | count by actor | limit 20 | plot "actors.svg"        a bar per key value; two keys group the bars
            articles | terms top 20 | plot "terms.svg"                      a bar per word
            sentences | cooccur with "Poetin" | plot "poetin.svg"           a bar per pair, of signed G²
            sentences | cooccur | plot network "pairs.svg"                  actors on a circle, pairs as edges
            sentences | cooccur | plot "pairs.dot"                          the network for Graphviz: dot -Tpng pairs.dot
          .plot FILE (or .plot network FILE) writes the last result's chart. A chart is titled by its statement and
          takes at most \(PlotColumns.maximumBars) bars; put '| limit N' before 'plot' for the first ones.

        """
    }

    static var commands: String {
        "Commands:\n" + DotCommand.all.map { command in
            let usage = ".\(command.name) \(command.arguments)"
            return "  " + usage.padding(toLength: 18, withPad: " ", startingAt: 0) + command.summary
        }.joined(separator: "\n") + "\n"
    }
}

import Foundation
