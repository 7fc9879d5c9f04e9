/// Words the generated articles are made of: invented for this benchmark,
/// a plain news register, no text taken from any corpus.
enum Vocabulary {
    static let nouns = """
        council city budget plan report minister government office school hospital market price \
        company worker union strike river bridge road station train airport flight weather storm \
        flood fire police court judge lawyer trial election vote party leader committee board \
        member resident family child student teacher farmer harvest water energy power grid \
        factory port ship cargo bank loan rate inflation tax policy law bill agreement deal \
        talks summit border region province village town district mayor spokesperson official \
        statement decision review inquiry audit contract project tunnel railway network service \
        team match season player coach stadium festival museum library theatre film album \
        researcher study data survey analysis result figure increase decline shortage supply \
        demand drought crop wheat rice coffee tourism visitor hotel beach coast island mountain \
        forest park wildlife species scientist laboratory vaccine clinic patient doctor nurse \
        ambulance emergency shelter aid donation charity volunteer campaign protest march rally
        """.split(separator: " ").map(String.init)
    static let verbs = """
        said announced approved rejected delayed opened closed expanded reduced raised cut \
        promised warned confirmed denied reported signed proposed debated launched completed \
        suspended resumed reviewed questioned welcomed criticised funded built repaired moved \
        measured recorded estimated expected planned discussed agreed voted argued predicted \
        improved doubled halved challenged supported blocked extended cancelled postponed
        """.split(separator: " ").map(String.init)
    static let adjectives = """
        new local regional national public private small large early late final annual \
        major minor recent former senior junior independent temporary permanent rural urban \
        coastal northern southern eastern western central heavy light rapid slow strong weak \
        significant modest unexpected careful detailed broad narrow open closed busy quiet
        """.split(separator: " ").map(String.init)
    static let function = """
        the the the the a a an of of of to to in in on for with by from at as after before \
        over under during while and and but or that which this these its their our his her
        """.split(separator: " ").map(String.init)
    static let syllables = """
        ka ri mo la ten vor sil an dre bel cor fa gu ho ix ju lem nor pa qui ros sta tu \
        vel wen za bro del fin gar hal mer nes ol pri sar tor ul vin
        """.split(separator: " ").map(String.init)
    /// Accented names, so some articles are not ASCII.
    static let accentedNames = [
        "José Núñez", "Zoë Brontë", "Łukasz Wójcik", "Renée Çelik", "Søren Ångström", "Ana Sánchez",
    ]
    static let outlets = [
        "The Harbour Ledger", "Valley Courier", "Northgate Times", "Riverside Post", "The Plains Herald",
        "Coastline Daily", "Metro Dispatch", "Highland Gazette",
    ]
    static let months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]
}
