/// The canonicals of earlier nights, as tonight's dedup sees them: a band
/// index held by a ``NightlyStore``, queried with tonight's band keys.
///
/// This is the band join (shuffle) of tonight's batch against history:
/// each signed record's band keys are looked up in the store's index, so
/// the cost grows with tonight's records and their matches, not with the
/// number of nights kept. Earlier canonicals are only ever candidates:
/// they are never clustered again and never change.
public struct EarlierNights: Sendable {
    public let store: any NightlyStore
    /// Tonight; canonicals of nights before it are compared.
    public let night: NightPosition

    public init(store: any NightlyStore, night: NightPosition) {
        self.store = store
        self.night = night
    }

    /// For each signed record of `table` sharing a band with an earlier
    /// canonical, those canonicals (each once, ascending).
    public func candidates(for table: SketchTable, index: BandIndex) throws(StateError) -> [Int: [StoredCanonicalID]] {
        let bands = index.parameters.bands
        var records: [Int] = []
        var keys: [UInt64] = []
        keys.reserveCapacity(table.count * bands)
        let permutations = table.permutations
        table.withValues { values in
            for record in 0..<table.count where table.isSigned(record) {
                records.append(record)
                let signature = UnsafeBufferPointer(
                    rebasing: values[record * permutations..<(record + 1) * permutations]
                )
                for band in 0..<bands { keys.append(index.bandKey(signature, band: band)) }
            }
        }
        let found = try store.earlierCanonicals(sharing: keys, before: night)
        var result: [Int: [StoredCanonicalID]] = [:]
        for (position, record) in records.enumerated() {
            let hits = found[position * bands..<(position + 1) * bands].joined()
            guard !hits.isEmpty else { continue }
            result[record] = Array(Set(hits)).sorted()
        }
        return result
    }

    /// What the `boilerplate` stage learned per source on the earlier nights.
    public func furniture() throws(StateError) -> [String: StoredFurniture] {
        try store.furniture(before: night)
    }
}
