import Foundation

/// Removes a site's legal and service links ("Impressum", "Datenschutz",
/// "Mentions légales", "Aviso legal", "Privacy policy", "Contact us"),
/// which scrapers keep from a page footer, often in the site's language
/// under a story in another.
///
/// A line qualifies when it is nothing but such labels (one, or several
/// separated by `|`, `·`, `•`, `/`, `,` or joined by "and"/"und"/"et"/"y"/"e").
/// One label alone could be a subhead ("Datenschutz" in a story about
/// privacy law), so a line goes only as part of a block: at least
/// ``minimumLines`` qualifying lines with nothing but blank lines between
/// them, a line holding several labels, or a line right next to a line
/// already removed by a footer rule (copyright, share, newsletter, …).
/// Removed lines start a footer (see ``FooterTail``).
struct SiteLinks: Sendable {
    static let rule = "site-links"
    static let maximumWords = 16
    static let minimumLines = 2

    /// The labels, by language; each is matched case-insensitively as a
    /// whole line or between separators.
    static let labels: [String] = [
        // English
        "privacy(?: policy| notice| statement| settings| centre| center| choices)?",
        "your privacy choices", "cookie(?:s| policy| settings| preferences| notice)?", "manage (?:cookies|consent)",
        "terms(?: (?:of|and) (?:use|service|conditions))?", "terms ?& ?conditions", "t&cs?", "contact(?: us)?",
        "about(?: us)?", "advertise(?: with us)?", "advertising", "accessibility(?: statement)?", "site ?map",
        "careers", "jobs", "imprint", "legal(?: notice| information)?", "help(?: centre| center)?", "faqs?",
        "subscriptions?", "rss(?: feeds?)?", "archives?", "corrections(?: policy)?", "editorial (?:standards|policy)",
        "complaints", "do not sell(?: or share)? my personal information", "code of (?:practice|conduct)",
        "ethics policy", "masthead", "newsroom staff",
        // German
        "impressum", "redaktion", "datenschutz(?:erklärung|hinweise|einstellungen| einstellungen)?", "kontakt",
        "agb", "nutzungsbedingungen", "über uns", "karriere", "mediadaten", "werben(?: bei uns)?",
        "barrierefreiheit", "cookie-einstellungen", "hilfe", "abo(?:nnement|-service|service)?", "leserservice",
        "verlag", "schreiben sie uns",
        // French
        "mentions légales", "nous contacter", "contactez-nous", "politique de confidentialité", "confidentialité",
        "(?:paramètres|gestion|gérer les|préférences) (?:des )?cookies", "à propos", "qui sommes-nous \\??",
        "conditions générales(?: d['’]utilisation| de vente)?", "cgu", "cgv", "plan du site", "publicité",
        "accessibilité", "données personnelles", "charte (?:éditoriale|de confidentialité)", "nous rejoindre",
        "nous écrire", "écrivez-nous",
        // Spanish
        "aviso legal", "contacto", "contáctenos", "contáctanos", "política de (?:privacidad|cookies)", "privacidad",
        "configuración de cookies", "términos(?: y condiciones| de uso)", "condiciones de uso", "quiénes somos",
        "sobre nosotros", "publicidad(?: con nosotros)?", "anúnciate(?: con nosotros)?", "mapa del sitio",
        "accesibilidad", "trabaja con nosotros", "escríbenos",
        // Portuguese
        "termos(?: de uso| e condições| de serviço)", "política de privacidade", "privacidade", "fale conosco",
        "contato", "quem somos", "sobre nós", "anuncie(?: conosco)?", "publicidade", "mapa do site", "expediente",
        "trabalhe conosco", "ficha técnica", "estatuto editorial", "contactos", "assinaturas",
        // Italian
        "avvertenze legali", "note legali", "informativa(?: sulla)? privacy", "informativa sui cookie",
        "contatti", "chi siamo", "termini e condizioni", "condizioni d['’]uso", "pubblicità", "mappa del sito",
        "redazione", "lavora con noi",
        // Dutch
        "colofon", "privacybeleid", "cookiebeleid", "algemene voorwaarden", "over ons", "adverteren",
    ]

    /// The words a label starts with (folded), so that most lines never
    /// reach the regex.
    static let firstWords = [
        "privacy", "your", "cookie", "manage", "terms", "t&c", "contact", "about", "advertis", "accessib", "site",
        "careers", "jobs", "imprint", "legal", "help", "faq", "subscription", "rss", "archive", "correction",
        "editorial", "complaints", "do not", "code of", "ethics", "masthead", "newsroom", "impressum", "redaktion",
        "datenschutz", "kontakt", "agb", "nutzungs", "über", "karriere", "mediadaten", "werben", "barriere", "hilfe",
        "abo", "leserservice", "verlag", "schreiben", "mentions", "nous", "contactez", "politique", "confidential",
        "paramètres", "gestion", "gérer", "préférences", "à propos", "qui", "conditions", "cgu", "cgv", "plan",
        "publicit", "publicid", "accessibilit", "données", "charte", "écrivez", "aviso", "contáct", "política",
        "privacidad",
        "configuración", "términos", "quiénes", "sobre", "anúnciate", "mapa", "trabaja", "escríbenos", "termos",
        "fale", "contato", "quem", "anuncie", "expediente", "trabalhe", "ficha", "estatuto", "assinaturas",
        "avvertenze", "note", "informativa", "contatti", "chi", "termini", "condizioni", "pubblicit", "mappa",
        "redazione", "lavora", "colofon", "privacybeleid", "cookiebeleid", "algemene", "over", "adverteren",
    ].map { Array($0.utf8) }

    private let labelLine: NSRegularExpression
    private let separated: NSRegularExpression

    init() {
        let label = "(?:" + Self.labels.joined(separator: "|") + ")"
        let joiner = #"(?:\s*[|·•/,]\s*|\s+(?:and|und|et|y|e|&)\s+)"#
        labelLine = NSRegularExpression.builtIn(#"^\W*"# + label + "(?:" + joiner + label + #")*\W*$"#, for: Self.rule)
        separated = NSRegularExpression.builtIn(#"\S\s*[|·•]\s*\S"#, for: Self.rule)
    }

    func apply(to sheet: inout LineSheet) {
        var run: [Int] = []
        var separatedInRun = false
        var previous: Int?
        for index in 0...sheet.count {
            if index < sheet.count, sheet.isBlank(index) { continue }
            if index < sheet.count, qualifies(sheet, index) {
                if run.isEmpty { previous = previousLine(before: index, in: sheet) }
                run.append(index)
                separatedInRun = separatedInRun || separated.matches(sheet.text(index))
                continue
            }
            if !run.isEmpty {
                let next = index < sheet.count ? index : nil
                let besideFooter = [previous, next].contains { $0.map { sheet.startsFooter[$0] } ?? false }
                if run.count >= Self.minimumLines || separatedInRun || besideFooter {
                    for line in run { sheet.remove(line, rule: Self.rule, startsFooter: true) }
                }
            }
            run = []
            separatedInRun = false
        }
    }

    private func qualifies(_ sheet: LineSheet, _ index: Int) -> Bool {
        let facts = sheet.facts[index]
        return sheet.isLive(index) && facts.words <= Self.maximumWords && facts.letters >= 3
            && facts.closingScalar != "." && CompiledLineGate.startsWithAny(sheet.foldedBytes(index), Self.firstWords)
            && labelLine.matches(sheet.text(index))
    }

    private func previousLine(before index: Int, in sheet: LineSheet) -> Int? {
        var above = index - 1
        while above >= 0, sheet.isBlank(above) { above -= 1 }
        return above >= 0 ? above : nil
    }
}
