import Foundation

/// Removes the author's note at the end of a story: "Chiamaka Obi covers
/// agriculture for The Beacon from Abeokuta.", "Sam Tūhoe is a rural
/// reporter based in Ruaroa.", "Juliana Meireles é repórter de Cidades
/// desde 2019.", "Hana Reti is the Herald's netball reporter.", "Anna Nowak
/// — dziennikarka Gazety, pisze o …", "Priya Raman has tested running
/// gear for nine years." Only among the last ``tailLines`` kept lines, where such a
/// line is a note on the byline: in the body the same words describe a
/// person the story is about.
struct AuthorBio: Sendable {
    static let rule = "author-bio"
    static let tailLines = 6
    static let maximumWords = 45

    private let note = NSRegularExpression.builtIn(
        "^" + BuiltInBoilerplateRules.personName
            + #"\s+(?:(?:is|was)\s+(?:(?-i:[A-Z])[\w'’&.-]*\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|producer|critic|presenter)\s+(?:at|for|of|with)\s+(?-i:[A-Z])|(?:is|was)\s+(?:a|an|the|our|(?:[\w'’&.-]+\s+){0,3}[\w&.-]+['’]s)\s+(?:[\w'’-]+\s+){0,5}(?:reporter|correspondent|editor|writer|journalist|columnist|producer|intern|fellow|contributor|photographer|critic|presenter|bureau chief)\b|(?:has|have) (?:tested|reviewed)\b[^.!?]{0,80}\b(?:for (?:\w+ ){0,2}(?:years|decades)|since (?:19|20)\d\d)\b|(?:covers|reports on|reports for|writes (?:about|on|for)|has covered|has reported (?:on|for)|escreve (?:sobre|para)|cobre|escribe (?:sobre|para)|écrit (?:sur|pour)|couvre|schreibt (?:über|für)|berichtet (?:über|aus|für)|scrive (?:di|per)|si occupa di)\b|(?:é|foi) (?:repórter|jornalista|editora?|colunista|correspondente)\b|(?:es|fue) (?:periodista|reportera?|editora?|columnista|corresponsal)\b|(?:est|était) (?:journaliste|reporter|rédactrice|rédacteur|correspondante?|éditorialiste)\b|(?:è|era) (?:giornalista|redattrice|redattore|corrispondente|inviat[oa]|cronista)\b|(?:ist|war) (?:redakteurin|redakteur|reporterin|reporter|korrespondentin|korrespondent|journalistin|journalist)\b|(?:[—–,-]\s*)?(?:dziennikar(?:z|ka)|reporter(?:ka)?|redaktor(?:ka)?|publicyst(?:a|ka)|korespondent(?:ka)?)\b|(?:pisze o|zajmuje się)\b|yw (?:ein |y )?(?:gohebydd|golygydd|newyddiadurwr|newyddiadurwraig|colofnydd|ffotograffydd)\b|ni (?:mwandishi|mhariri|ripota|mwanahabari)\b).{0,300}$"#,
        for: rule
    )

    /// A byline that goes on into the note: "By Aisha Bello, North-West
    /// Bureau Chief. Aisha has reported on trade since 2015."
    private let bylineNote = NSRegularExpression.builtIn(
        "^by\\s+" + BuiltInBoilerplateRules.personName
            + #",\s*[^.!?]{2,60}\.\s+(?-i:\p{Lu})[\w'’-]+\s+(?:has|had|have)\s+(?:reported|covered|written|worked|been)\b.{0,300}$"#,
        for: rule
    )

    /// The Filipino note: "Si Ramon "Monching" Tolentino ay reporter ng
    /// Balita para sa probinsya."
    private let filipinoNote = NSRegularExpression.builtIn(
        #"^si\s+(?-i:\p{Lu})[^.!?]{2,60}?\s+ay\s+(?:isang\s+|ang\s+)?(?:(?:senior|staff|political|sports)\s+)?(?:reporter|mamamahayag|manunulat|editor|patnugot|kolumnista|koresponsal|correspondent|photojournalist|potograpo)\b.{0,300}$"#,
        for: rule
    )

    /// An "about" box's heading: "About De Veenbode", "About the author",
    /// "Über den Autor", "À propos de l'auteur", "Over De Veenbode".
    private let aboutHeading = NSRegularExpression.builtIn(
        #"^(?:about|over|über|à propos de|a propos de|acerca de|sobre|informazioni su)\s+(?:(?:the |den |die |de la |de l['’]|del |o |a |l['’])?(?:author|writer|reporter|autor(?:in|a)?|auteure?|autore|auteur|schrijver)|us|uns|nous|nosotros|nós|(?<name>(?-i:\p{Lu})[\w'’&.-]*(?:\s+(?:(?-i:\p{Lu})[\w'’&.-]*|de|van|der|the|of|la|le|el)){0,5}))\W*$"#,
        for: rule
    )

    /// The outlet's own note on itself at the end: "KHDR is a
    /// listener-supported public radio station …", "De Veenbode is an
    /// independent regional news site …", "KHDR es una emisora pública …".
    private let outletNote = NSRegularExpression.builtIn(
        #"^(?!.*\b(?:said|says|told|announced|dijo|a déclaré|sagte)\b)(?-i:\p{Lu})[^.!?]{1,40} (?:is|es|est|é|ist|yw|ni) (?:an?|una?|une|um|uma|eine?|y|ein)? ?(?:[\w'’-]+ ){0,5}(?:news (?:site|organi[sz]ation|outlet|service|website|publisher)|newsroom|newspaper|radio station|broadcaster|emisora|periódico|diario|estación de radio|journal|station de radio|média|rádio|jornal|zeitung|nachrichtenseite|radiosender|papur newydd|gwasanaeth newyddion|gazeti|kituo cha redio)\b[^!?]{0,160}$"#,
        for: rule
    )

    /// The nouns ``outletNote`` needs, tested before it runs.
    private let outletNoteGate = LineGate.contains([
        "news", "paper", "radio", "station", "broadcaster", "emisora", "periódico", "diario", "journal", "média",
        "rádio", "jornal", "zeitung", "nachrichten", "radiosender", "papur", "newyddion", "gazeti", "kituo",
    ]).compiled()

    func apply(to sheet: inout LineSheet) {
        removeAboutBox(from: &sheet)
        var seen = 0
        for index in stride(from: sheet.count - 1, through: 0, by: -1) where sheet.isLive(index) {
            seen += 1
            guard seen <= Self.tailLines else { return }
            guard sheet.facts[index].words <= Self.maximumWords,
                note.matches(sheet.text(index)) || bylineNote.matches(sheet.text(index))
                    || filipinoNote.matches(sheet.text(index))
                    || (outletNoteGate.admits(sheet.foldedBytes(index)) && outletNote.matches(sheet.text(index)))
            else { continue }
            sheet.remove(index, rule: Self.rule, startsFooter: true)
        }
    }

    /// Removes an "about" box among the last ``tailLines`` kept lines: its
    /// heading and the note under it, which, under a name, opens with that
    /// name ("About De Veenbode", then "De Veenbode is an independent
    /// regional news site …"). A story's own subhead ("About the
    /// project") is followed by prose that does not.
    private func removeAboutBox(from sheet: inout LineSheet) {
        var seen = 0
        for index in stride(from: sheet.count - 1, through: 0, by: -1) where sheet.isLive(index) {
            seen += 1
            guard seen <= Self.tailLines else { return }
            let heading = sheet.text(index)
            guard sheet.facts[index].words <= Self.aboutHeadingWords,
                let match = aboutHeading.firstMatch(in: heading),
                let note = sheet.nextLive(after: index), sheet.facts[note].words <= Self.maximumWords
            else { continue }
            let range = match.range(withName: "name")
            if range.location != NSNotFound {
                let name = (heading as NSString).substring(with: range)
                let text = sheet.text(note)
                guard text.lowercased().hasPrefix(name.lowercased() + " ") else { continue }
            }
            sheet.remove(index, rule: Self.rule, startsFooter: true)
            sheet.remove(note, rule: Self.rule, startsFooter: true)
        }
    }

    static let aboutHeadingWords = 7
}
