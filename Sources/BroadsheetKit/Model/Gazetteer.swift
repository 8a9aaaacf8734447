/// A small built-in gazetteer: countries with their demonyms, capitals and large cities, regions,
/// and major international bodies with their acronyms. Lines are `name|type|aliases;…`.
enum Gazetteer {
    struct Entry { var name: String; var type: EntityType }

    /// The entry a surface form names: an alias written in capitals (`WHO`, `NATO`) matches only
    /// when written in capitals (`Doctor Who` is not the World Health Organization).
    static func entry(_ surface: String) -> Entry? {
        let folded = surface.folded
        guard let e = byForm[folded] else { return nil }
        if acronyms.contains(folded), surface != surface.uppercased() { return nil }
        return e
    }

    /// Folded forms that are acronyms (written all in capitals in the list).
    static let acronyms: WordSet = {
        var out = Set<String>()
        for line in data.split(separator: "\n") where !line.isEmpty && !line.hasPrefix("#") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            for form in [parts[0]] + (parts.count > 2 ? parts[2].split(separator: ";").map(String.init) : [])
            where form.count >= 2 && form == form.uppercased() && form.contains(where: \.isLetter) && !form.contains(" ") {
                out.insert(form.folded)
            }
        }
        return WordSet(out.sorted())
    }()

    /// Folded form → entry.
    static let byForm: WordMap<Entry> = {
        var m = WordMap<Entry>()
        for line in data.split(separator: "\n") where !line.isEmpty && !line.hasPrefix("#") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, let type = EntityType(rawValue: parts[1]) else { continue }
            let entry = Entry(name: parts[0], type: type)
            m[parts[0].folded] = entry
            if parts.count > 2 {
                for alias in parts[2].split(separator: ";") { m[String(alias).folded] = m[String(alias).folded] ?? entry }
            }
        }
        for (form, name) in cyrillicForms + greekForms + abroadForms { if let entry = m[name.folded] { m[form] = m[form] ?? entry } }
        return m
    }()

    /// Countries (folded) of the generated demonym list: the gazetteer's own list holds only
    /// the ones the news names most, and a sports report must not make Liechtenstein a club.
    static let countries: WordSet = WordSet(generatedDemonymData.split(separator: "\n").compactMap { line in
        line.split(separator: "|").first.map { String($0).trimmingCharacters(in: .whitespaces).folded }
    })

    /// Demonym (folded) → country, region, people or faith, for NORP mentions: every country's
    /// from the generated list, then the forms it lacks (irregular plurals, peoples without a
    /// state of their own, regions, faiths).
    static let demonyms: WordMap<String> = {
        var m = WordMap<String>()
        for line in (generatedDemonymData + "\n" + demonymData).split(separator: "\n") where !line.isEmpty {
            let parts = line.split(separator: "|").map(String.init)
            guard parts.count == 2 else { continue }
            for d in parts[1].split(separator: ";") { m[String(d).folded] = parts[0] }
        }
        return m
    }()

    static let data = """
    Afghanistan|GPE
    Albania|GPE
    Algeria|GPE
    Angola|GPE
    Argentina|GPE
    Armenia|GPE
    Australia|GPE
    Austria|GPE
    Azerbaijan|GPE
    Bahrain|GPE
    Bangladesh|GPE
    Belarus|GPE|Byelorussia
    Belgium|GPE
    Bolivia|GPE
    Bosnia and Herzegovina|GPE|Bosnia
    Brazil|GPE
    Bulgaria|GPE
    Cambodia|GPE
    Cameroon|GPE
    Canada|GPE
    Chile|GPE
    China|GPE|People's Republic of China;PRC
    Colombia|GPE
    Congo|GPE|Democratic Republic of Congo;DRC
    Croatia|GPE
    Cuba|GPE
    Cyprus|GPE
    Czech Republic|GPE|Czechia
    Czechoslovakia|GPE
    Denmark|GPE
    Ecuador|GPE
    Egypt|GPE
    Estonia|GPE
    Ethiopia|GPE
    Finland|GPE
    France|GPE
    Georgia|GPE
    Germany|GPE|West Germany;East Germany
    Ghana|GPE
    Greece|GPE
    Hungary|GPE
    Iceland|GPE
    India|GPE
    Indonesia|GPE
    Iran|GPE
    Iraq|GPE
    Ireland|GPE
    Israel|GPE
    Italy|GPE
    Japan|GPE
    Jordan|GPE
    Kazakhstan|GPE
    Kenya|GPE
    Kosovo|GPE
    Kuwait|GPE
    Kyrgyzstan|GPE
    Latvia|GPE
    Lebanon|GPE
    Libya|GPE
    Lithuania|GPE
    Luxembourg|GPE
    Macedonia|GPE|North Macedonia
    Malaysia|GPE
    Mexico|GPE
    Moldova|GPE
    Mongolia|GPE
    Montenegro|GPE
    Morocco|GPE
    Netherlands|GPE|Holland
    New Zealand|GPE
    Nigeria|GPE
    North Korea|GPE
    Norway|GPE
    Pakistan|GPE
    Palestine|GPE
    Peru|GPE
    Philippines|GPE
    Poland|GPE
    Portugal|GPE
    Qatar|GPE
    Romania|GPE
    Russia|GPE|Russian Federation
    Rwanda|GPE
    Saudi Arabia|GPE
    Serbia|GPE
    Singapore|GPE
    Slovakia|GPE
    Slovenia|GPE
    Somalia|GPE
    South Africa|GPE
    South Korea|GPE|Korea
    South Ossetia|GPE
    Soviet Union|GPE|USSR;U.S.S.R.
    Spain|GPE
    Sri Lanka|GPE
    Sudan|GPE
    Sweden|GPE
    Switzerland|GPE
    Syria|GPE
    Taiwan|GPE
    Tajikistan|GPE
    Thailand|GPE
    Tunisia|GPE
    Turkey|GPE|Türkiye
    Turkmenistan|GPE
    Uganda|GPE
    Ukraine|GPE
    United Arab Emirates|GPE|UAE
    United Kingdom|GPE|Britain;Great Britain;UK;U.K.
    England|GPE
    Scotland|GPE
    Wales|GPE
    Northern Ireland|GPE
    United States|GPE|U.S.;US;U.S.A.;USA;America;United States of America
    Uzbekistan|GPE
    Venezuela|GPE
    Vietnam|GPE
    Yemen|GPE
    Yugoslavia|GPE
    Zimbabwe|GPE
    Abkhazia|GPE
    Chechnya|GPE
    Crimea|GPE
    Kabul|GPE
    Tirana|GPE
    Algiers|GPE
    Yerevan|GPE
    Canberra|GPE
    Vienna|GPE
    Baku|GPE
    Minsk|GPE
    Brussels|GPE
    Sofia|GPE
    Ottawa|GPE
    Beijing|GPE|Peking
    Zagreb|GPE
    Havana|GPE
    Nicosia|GPE
    Prague|GPE
    Copenhagen|GPE
    Cairo|GPE
    Tallinn|GPE
    Helsinki|GPE
    Paris|GPE
    Tbilisi|GPE
    Berlin|GPE
    Bonn|GPE
    Athens|GPE
    Thessaloniki|GPE|Salonika
    Budapest|GPE
    Reykjavik|GPE
    New Delhi|GPE
    Delhi|GPE
    Jakarta|GPE
    Tehran|GPE
    Baghdad|GPE
    Dublin|GPE
    Jerusalem|GPE
    Tel Aviv|GPE
    Rome|GPE
    Tokyo|GPE
    Astana|GPE
    Almaty|GPE
    Riga|GPE
    Beirut|GPE
    Vilnius|GPE
    Skopje|GPE
    Mexico City|GPE
    Chisinau|GPE
    Amsterdam|GPE
    The Hague|GPE|Hague
    Oslo|GPE
    Islamabad|GPE
    Warsaw|GPE
    Lisbon|GPE
    Bucharest|GPE
    Moscow|GPE
    Riyadh|GPE
    Belgrade|GPE
    Bratislava|GPE
    Ljubljana|GPE
    Madrid|GPE
    Stockholm|GPE
    Bern|GPE
    Geneva|GPE
    Zurich|GPE
    Damascus|GPE
    Dushanbe|GPE
    Ankara|GPE
    Istanbul|GPE
    Kiev|GPE|Kyiv
    London|GPE
    Washington|GPE|Washington D.C.
    Tashkent|GPE
    Caracas|GPE
    Hanoi|GPE
    New York|GPE|New York City
    Los Angeles|GPE
    Chicago|GPE
    Hong Kong|GPE
    Shanghai|GPE
    St. Petersburg|GPE
    Munich|GPE
    Frankfurt|GPE
    Milan|GPE
    Barcelona|GPE
    Corfu|GPE
    Sarajevo|GPE
    Kabul|GPE
    Europe|LOC
    Asia|LOC
    Africa|LOC
    North America|LOC
    South America|LOC
    Latin America|LOC
    Middle East|LOC
    Balkans|LOC
    Caucasus|LOC
    Central Asia|LOC
    Eastern Europe|LOC|East Europe
    Western Europe|LOC
    Scandinavia|LOC
    Baltic|LOC|Baltics
    Mediterranean|LOC
    Arctic|LOC
    Pacific|LOC
    Atlantic|LOC
    Gulf|LOC|Persian Gulf
    Siberia|LOC
    Midwest|LOC|Mid-West;Middle West
    Far East|LOC
    Southeast Asia|LOC|South-East Asia;South East Asia
    Horn of Africa|LOC
    Sahel|LOC
    New England|LOC
    Kashmir|LOC
    West Bank|GPE
    Gaza Strip|GPE|Gaza
    Myanmar|GPE|Burma
    North Atlantic Treaty Organization|ORG|NATO
    United Nations|ORG|UN;U.N.
    European Union|ORG|EU;E.U.
    Organization for Security and Cooperation in Europe|ORG|OSCE
    Conference on Security and Cooperation in Europe|ORG|CSCE
    Commonwealth of Independent States|ORG|CIS
    North Atlantic Cooperation Council|ORG|NACC
    NATO-Russia Council|ORG|NRC
    International Monetary Fund|ORG|IMF
    Federal Reserve|ORG|Fed;U.S. Federal Reserve;Federal Reserve Board
    European Central Bank|ORG|ECB
    Bank of England|ORG|BoE
    Bank of Japan|ORG|BOJ;BoJ
    World Bank|ORG
    World Trade Organization|ORG|WTO
    World Health Organization|ORG|WHO
    Group of Eight|ORG|G8;G-8
    Group of Seven|ORG|G7;G-7
    Group of 20|ORG|G20;G-20
    Council of Europe|ORG
    European Commission|ORG
    European Parliament|ORG
    Security Council|ORG|UN Security Council
    Kremlin|ORG
    White House|ORG
    Republican Party|ORG|GOP;G.O.P.
    Democratic Party|ORG
    Labour Party|ORG|Labour;New Labour
    Liberal Democrats|ORG|Lib Dems
    Scottish National Party|ORG|SNP
    Plaid Cymru|ORG
    Sinn Fein|ORG|Sinn Féin
    Democratic Unionist Party|ORG|DUP
    Ulster Unionist Party|ORG|UUP
    Social Democratic and Labour Party|ORG|SDLP
    Google|ORG
    Facebook|ORG
    Twitter|ORG
    YouTube|ORG
    Instagram|ORG
    Microsoft|ORG|Microsoft Corp.;Microsoft Corp
    Apple|ORG|Apple Inc.;Apple Inc
    Netflix|ORG
    Boeing|ORG
    Airbus|ORG
    Toyota|ORG
    Volkswagen|ORG|VW
    General Motors|ORG|GM
    Exxon Mobil|ORG|ExxonMobil
    Walmart|ORG|Wal-Mart
    Goldman Sachs|ORG
    JPMorgan Chase|ORG|JPMorgan;J.P. Morgan
    CNN|ORG
    BBC|ORG
    Fox News|ORG
    NBC|ORG|NBC News
    CBS|ORG|CBS News
    ABC|ORG|ABC News
    MSNBC|ORG
    NPR|ORG|National Public Radio
    PBS|ORG|Public Broadcasting Service
    Republican National Committee|ORG|RNC
    Democratic National Committee|ORG|DNC
    Board of Control for Cricket in India|ORG|BCCI
    Pentagon|ORG
    State Department|ORG
    Reuters|ORG
    Associated Press|ORG|AP
    Agence France-Presse|ORG|AFP
    Radio Free Europe/Radio Liberty|ORG|RFE/RL
    Organization of Petroleum Exporting Countries|ORG|OPEC
    African Union|ORG|AU
    Association of Southeast Asian Nations|ORG|ASEAN
    Warsaw Pact|ORG
    Red Cross|ORG|International Committee of the Red Cross;ICRC
    Cold War|EVENT
    World War II|EVENT|Second World War
    World War I|EVENT|First World War
    """

    static let demonymData = """
    Azerbaijan|Azeri;Azeris
    Yugoslavia|Yugoslav;Yugoslavs
    Britain|Briton;Britons;Brits
    Croatia|Croat;Croats
    Denmark|Dane;Danes
    Finland|Finn;Finns
    Poland|Pole;Poles
    Serbia|Serb;Serbs
    Slovenia|Slovenes
    Spain|Spaniard;Spaniards
    Sweden|Swede;Swedes
    Turkey|Turk;Turks
    Kazakhstan|Kazakh;Kazakhs
    Tajikistan|Tajik;Tajiks
    Uzbekistan|Uzbek;Uzbeks
    Argentina|Argentine;Argentines;Argentinian;Argentinians
    Philippines|Filipinos;Filipina;Filipinas
    Soviet Union|Soviet;Soviets
    Europe|European;Europeans
    Africa|African;Africans
    Asia|Asian;Asians
    Latin America|Latin American;Latin Americans
    Arab world|Arab;Arabs;Arabic
    Kurdistan|Kurd;Kurds;Kurdish
    Basque Country|Basque;Basques
    Catalonia|Catalan;Catalans
    Flanders|Flemish
    Wallonia|Walloon;Walloons
    Scotland|Scot;Scots;Scottish
    Wales|Welsh
    England|English
    Hutu|Hutu;Hutus
    Tutsi|Tutsi;Tutsis
    Afrikaner|Afrikaner;Afrikaners
    Tamil|Tamil;Tamils
    Pashtun|Pashtun;Pashtuns
    Chechnya|Chechen;Chechens
    Christianity|Christian;Christians;Catholic;Catholics;Protestant;Protestants;Orthodox;Evangelical;Evangelicals
    Islam|Muslim;Muslims;Moslem;Moslems;Islamic;Sunni;Sunnis;Shia;Shi'ite;Shi'ites;Shiite;Shiites
    Judaism|Jew;Jews;Jewish
    Hinduism|Hindu;Hindus
    Buddhism|Buddhist;Buddhists
    Sikhism|Sikh;Sikhs
    Democratic Party|Democrat;Democrats;Democratic
    Republican Party|Republican;Republicans
    Conservative Party|Tory;Tories
    African Americans|African-American;African-Americans;African American;African Americans
    Hispanic Americans|Hispanic;Hispanics;Latino;Latinos;Latina;Latinas
    """
}
