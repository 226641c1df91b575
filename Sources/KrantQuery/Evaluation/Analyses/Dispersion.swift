/// Gries's deviation of proportions (DP, 2008): how far a word's spread over the parts of the rows (their
/// articles) is from the parts' sizes. 0 when every part holds its share; near 1 when one small part holds all.
struct Dispersion {
    /// The words (or window words) of each part, by part number, and their sum.
    let sizes: [Int: Int]
    let totalSize: Int

    /// DP = ½ Σ |v_i − s_i| over every part, v_i being the part's share of the word's frequency and s_i its
    /// share of the words; a part without the word adds s_i, so only the parts holding it are visited.
    func deviationOfProportions(_ frequencies: [Int: Int]) -> Double {
        let total = frequencies.values.reduce(0, +)
        guard total > 0, totalSize > 0 else { return 0 }
        var sum = 1.0
        // In part order: a sum in a hash table's order would differ in its last bits from run to run.
        for (part, frequency) in frequencies.sorted(by: { $0.key < $1.key }) {
            let share = Double(sizes[part] ?? 0) / Double(totalSize)
            sum += abs(Double(frequency) / Double(total) - share) - share
        }
        return max(0, sum / 2)
    }
}
