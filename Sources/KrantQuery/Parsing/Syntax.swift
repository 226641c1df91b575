import KrantCorpus

/// A statement: a pipeline, optionally bound to a name with `let`.
public struct Statement: Sendable, Hashable {
    public let binding: Name?
    public let pipeline: Pipeline
    public let range: Range<Int>
}

/// A name the user wrote (field, variable), with where.
public struct Name: Sendable, Hashable {
    public let text: String
    public let range: Range<Int>
}

/// A source followed by stages joined with `|`.
public struct Pipeline: Sendable, Hashable {
    public let source: SourceNode
    public let stages: [Stage]
    public let range: Range<Int>
}

/// Where rows come from: one of the built-in tables or a `let` variable, optionally filtered.
public struct SourceNode: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case table(Keyword)
        case variable(String)
    }

    public let kind: Kind
    public let condition: Condition?
    public let range: Range<Int>
}

/// One step after `|`: a stage of `StageCatalog`, as parsed, and where it stands.
public struct Stage: Sendable, Hashable {
    /// What the stage is and holds: a `SortStage` with its keys, a `LimitStage` with its numbers, ….
    public let operation: any PipelineStage
    public let range: Range<Int>

    public static func == (left: Stage, right: Stage) -> Bool {
        left.range == right.range && AnyHashable(left.operation) == AnyHashable(right.operation)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(AnyHashable(operation))
        hasher.combine(range)
    }
}

/// What `count by` and `timeline` add beside each count: `per N articles` or `per N sentences` (a rate
/// against the corpus's articles or sentences with the same key), `share` (a part of the rows counted).
public struct Normalisation: Sendable, Hashable {
    /// `per N articles|sentences`: N, and the table whose rows are the base.
    public struct Rate: Sendable, Hashable {
        public let per: Literal
        public let base: Name
    }

    public var rate: Rate?
    /// `share`: each count divided by the rows counted.
    public var share: Name?

    public init(rate: Rate? = nil, share: Name? = nil) {
        self.rate = rate
        self.share = share
    }
}

/// What a concordance looks for.
public enum ConcordanceTarget: Sendable, Hashable {
    /// Words, a prefix or a phrase, as with `contains`, optionally by stem.
    case text(Literal, stemmed: Bool)
    /// Every mention of an actor, in all its forms.
    case actor(Literal)
}

/// Which word list a stage makes.
public enum WordListKind: Sendable, Hashable {
    /// Word frequencies.
    case terms
    /// Keyness against the rest of the corpus.
    case keywords
    /// Frequent sequences of words.
    case ngrams
}

/// What `terms` and `keywords` count: which words they keep, and whether a word counts for its parts too.
public struct WordListOptions: Sendable, Hashable {
    /// `with stopwords`: Dutch function words are kept.
    public var keepsStopwords = false
    /// `with numbers`: words that start with a digit (`2022`, `5g`) are kept.
    public var keepsNumbers = false
    /// `whole forms`: a word counts only as written, not also for its compound parts and genitive base.
    public var countsWholeForms = false

    public init(keepsStopwords: Bool = false, keepsNumbers: Bool = false, countsWholeForms: Bool = false) {
        self.keepsStopwords = keepsStopwords
        self.keepsNumbers = keepsNumbers
        self.countsWholeForms = countsWholeForms
    }
}

/// `FIELD [asc|desc]`.
public struct SortKey: Sendable, Hashable {
    public let field: Name
    public let descending: Bool
}

/// A boolean condition over a row.
///
/// `and` and `or` hold all their operands in one list, so a long chain is flat rather than deeply nested.
public indirect enum Condition: Sendable, Hashable {
    case and([Condition])
    case or([Condition])
    case not(Condition, range: Range<Int>)
    case test(Test)

    public var range: Range<Int> {
        switch self {
        case .and(let operands), .or(let operands): operands.first!.range.lowerBound..<operands.last!.range.upperBound
        case .not(_, let range): range
        case .test(let test): test.range
        }
    }
}

/// A test of one field: `actor = "NAVO"`, `date between 2022 and 2023`, `text contains "kernwapen*"`.
public struct Test: Sendable, Hashable {
    public enum Operator: String, Sendable, Hashable {
        case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }

    public enum Kind: Sendable, Hashable {
        case compare(Operator, Literal)
        case member([Literal])
        case between(Literal, Literal)
        /// `contains "…"`; with `~`, every word with the same Dutch stem matches.
        case contains(Literal, stemmed: Bool)
        /// `contains "A" within N of "B" [in sentence|article]`: the two near each other, in either order.
        case near(Proximity)
        case matches(pattern: String, caseInsensitive: Bool, range: Range<Int>)
    }

    public let field: Name
    public let kind: Kind
    public let range: Range<Int>
}

/// `contains "A" within N of "B" [in sentence|article]`: two words or phrases at most N words apart.
public struct Proximity: Sendable, Hashable {
    /// The words searched, as `contains` takes them; `~` searches by stem.
    public let first: Literal, firstStemmed: Bool
    public let second: Literal, secondStemmed: Bool
    /// The most words from the end of one match to the start of the other; 1 is next to each other.
    public let distance: Literal
    /// `in article` lets the two stand in different sentences; nil and `in sentence` keep them in one.
    public let unit: Name?
}

/// A value written in a query.
public struct Literal: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case string(String)
        case integer(Int)
        case date(CorpusDate)
        /// A bare word, for enumerations: `metonym`, `caption`.
        case word(String)
    }

    public let kind: Kind
    public let range: Range<Int>
}
