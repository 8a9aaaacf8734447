/// Russian and Ukrainian first names, and the foreign ones their news writes most (`Джон`,
/// `Дональд`, `Ангела`), for documents in those languages, in every case
/// (`CyrillicCases`: `по словам Алексея Кудрина`).
extension FirstNames {
    static let cyrillicMale = """
    александр алексей анатолий андрей антон аркадий арсений артём артем борис вадим валентин валерий василий виктор
    виталий владимир владислав всеволод вячеслав геннадий георгий герман глеб григорий даниил денис дмитрий евгений
    егор иван игорь илья кирилл константин леонид максим марат михаил никита николай олег павел пётр петр рамзан
    руслан святослав семён семен сергей станислав степан тимур фёдор федор эдуард юрий яков ярослав
    олександр олексій андрій арсеній василь віктор віталій володимир дмитро євген іван ігор кирило микола михайло
    павло петро сергій юрій богдан тарас остап валерій григорій леонід анатолій геннадій
    джон джо джозеф джордж джеймс джек джеффри дональд дэвид девід майкл майк марк мартин ричард роберт рик стив стівен
    томас том тим уильям вільям билл білл барак питер пітер пол поль франсуа эммануэль еммануель жан ким илон ілон
    энтони ентоні си олаф реджеп нарендра ллойд джейк антониу йенс марко биньямин шарль фридрих риши
    """
    static let cyrillicFemale = """
    александра алла анастасия анна валентина валерия вероника виктория галина дарья евгения екатерина елена елизавета
    жанна зоя инна ирина карина ксения лариса людмила маргарита мария марина наталья наталия нина оксана ольга полина
    светлана софия софья тамара татьяна эльвира юлия яна
    олександра ганна вікторія дарина євгенія катерина олена ірина уляна христина тетяна світлана наталія софія юлія
    ангела хиллари гілларі нэнси ненсі камала урсула тереза мэри мері кристина джилл
    """

    /// Every Cyrillic form, folded as lookups fold, with its gender.
    /// A Russian or Ukrainian first name in some case: its nominative, the case and whether it is
    /// a woman's; nil for a form that is also some name's nominative (`Александра`).
    struct CyrillicForm: Sendable { let nominative: String; let `case`: CyrillicCases.Case; let female: Bool }
    static let cyrillicCases: WordMap<CyrillicForm> = {
        var nominatives = Set<String>()
        var seen: [String: CyrillicForm?] = [:]
        var order: [String] = []
        for (list, female) in [(cyrillicMale, false), (cyrillicFemale, true)] {
            for name in list.split(whereSeparator: \.isWhitespace).map(String.init) {
                nominatives.insert(name.folded)
                let nominative = name.prefix(1).uppercased() + name.dropFirst()
                for (form, c) in CyrillicCases.tagged(name) {
                    let key = form.folded
                    if seen[key] == nil { order.append(key); seen[key] = CyrillicForm(nominative: nominative, case: c, female: female) }
                    else if let known = seen[key]!, known.nominative != nominative || known.female != female { seen[key] = .some(nil) }
                }
            }
        }
        var m = WordMap<CyrillicForm>()
        for key in order { if let form = seen[key]!, !(form.case != .nominative && nominatives.contains(key)) { m[key] = form } }
        return m
    }()

    /// The case and nominative of a Russian or Ukrainian first name as written (see `cyrillicCases`).
    static func cyrillicCase(_ word: String) -> CyrillicForm? { cyrillicCases[word.folded] }

    static var cyrillicForms: [(String, Gender)] {
        let male = cyrillicMale.split(whereSeparator: \.isWhitespace).flatMap { CyrillicCases.forms(String($0)) }.map { ($0.folded, Gender.male) }
        let female = cyrillicFemale.split(whereSeparator: \.isWhitespace).flatMap { CyrillicCases.forms(String($0)) }.map { ($0.folded, Gender.female) }
        return male + female
    }
}
