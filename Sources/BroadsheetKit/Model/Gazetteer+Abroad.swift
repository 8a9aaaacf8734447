/// Countries, capitals and international bodies as the archives' other Latin-script languages
/// write them (French, German, Spanish, Italian, Portuguese, Dutch, Polish), under the gazetteer's
/// English names, so that `Bruxelles`, `Brüssel` and `Bruselas` are one `gpe:brussels` with an
/// English document's. Lines are `English name|forms;…`. Forms that are also a common word, a
/// people or another name in English news are left out (`Roma`, `Rom`, `Indie`, `Dania`, `Anglia`).
extension Gazetteer {
    static let abroadData = """
    Germany|Allemagne;Deutschland;Alemania;Germania;Alemanha;Duitsland;Niemcy
    France|Frankreich;Francia;França;Frankrijk;Francja
    Spain|Espagne;Spanien;España;Spagna;Espanha;Spanje;Hiszpania
    Italy|Italie;Italien;Italia;Itália;Italië;Włochy
    United States|États-Unis;Etats-Unis;Vereinigte Staaten;Estados Unidos;Stati Uniti;Verenigde Staten;Stany Zjednoczone
    United Kingdom|Royaume-Uni;Vereinigtes Königreich;Reino Unido;Regno Unito;Verenigd Koninkrijk;Wielka Brytania
    England|Angleterre;Inglaterra;Inghilterra;Engeland
    Scotland|Écosse;Schottland;Escocia;Scozia;Escócia;Schotland;Szkocja
    Ireland|Irlande;Irland;Irlanda;Ierland;Irlandia
    Russia|Russie;Russland;Rusia;Rússia;Rusland;Rosja
    Ukraine|Ucrania;Ucraina;Ucrânia;Oekraïne;Ukraina
    Belarus|Biélorussie;Weißrussland;Belarús;Bielorussia;Bielorrússia;Wit-Rusland;Białoruś
    Poland|Pologne;Polen;Polonia;Polónia;Polska
    China|Chine;Cina;Chiny
    Japan|Japon;Japón;Giappone;Japão;Japonia
    India|Inde;Indien;Índia
    Switzerland|Suisse;Schweiz;Suiza;Svizzera;Suíça;Zwitserland;Szwajcaria
    Belgium|Belgique;Belgien;Bélgica;Belgio;België;Belgia
    Netherlands|Pays-Bas;Niederlande;Países Bajos;Paesi Bassi;Nederland;Holandia
    Austria|Autriche;Österreich;Oostenrijk
    Greece|Grèce;Griechenland;Grecia;Grécia;Griekenland;Grecja
    Turkey|Turquie;Türkei;Turquía;Turchia;Turquia;Turkije;Turcja;Türkiye
    Sweden|Suède;Schweden;Suecia;Svezia;Suécia;Zweden;Szwecja
    Norway|Norvège;Norwegen;Noruega;Norvegia;Noorwegen;Norwegia
    Denmark|Danemark;Dänemark;Dinamarca;Danimarca;Denemarken
    Finland|Finlande;Finnland;Finlandia;Finlândia
    Hungary|Hongrie;Ungarn;Hungría;Ungheria;Hungria;Hongarije;Węgry
    Czech Republic|République tchèque;Tschechien;República Checa;Repubblica Ceca;Chéquia;Tsjechië;Czechy
    Romania|Roumanie;Rumänien;Rumanía;Roménia;Roemenië;Rumunia
    Croatia|Croatie;Kroatien;Croacia;Croazia;Croácia;Kroatië;Chorwacja
    Serbia|Serbie;Serbien;Servië
    Bulgaria|Bulgarie;Bulgarien;Bulgária;Bulgarije
    Europe|Europa
    Africa|Afrique;Afrika;África
    Egypt|Égypte;Ägypten;Egipto;Egitto;Egito;Egypte;Egipt
    Israel|Israël;Israele
    Iran|Irán
    Syria|Syrie;Syrien;Siria;Síria;Syrië;Syria
    Iraq|Irak;Iraque
    Lebanon|Liban;Libanon;Líbano;Libano
    Saudi Arabia|Arabie saoudite;Saudi-Arabien;Arabia Saudita;Arábia Saudita;Saoedi-Arabië;Arabia Saudyjska
    Algeria|Algérie;Algerien;Argelia;Argélia;Algerije;Algieria
    Morocco|Maroc;Marokko;Marruecos;Marocco;Marrocos;Maroko
    Tunisia|Tunisie;Tunesien;Túnez;Tunísia;Tunesië;Tunezja
    Libya|Libye;Libyen;Libia;Líbia;Libië
    Mexico|Mexique;Mexiko;México;Messico
    Brazil|Brésil;Brasilien;Brasil;Brasile;Brazylia
    Argentina|Argentine;Argentinien;Argentinië
    South Africa|Afrique du Sud;Südafrika;Sudáfrica;Sudafrica;África do Sul;Zuid-Afrika
    North Korea|Corée du Nord;Nordkorea;Corea del Norte;Corea del Nord;Coreia do Norte;Noord-Korea
    South Korea|Corée du Sud;Südkorea;Corea del Sur;Corea del Sud;Coreia do Sul;Zuid-Korea
    European Union|Union européenne;Europäische Union;Unión Europea;Unione europea;União Europeia;Europese Unie;Unia Europejska
    European Commission|Commission européenne;Europäische Kommission;Comisión Europea;Commissione europea;Comissão Europeia;Europese Commissie
    European Parliament|Parlement européen;Europäisches Parlament;Parlamento Europeo;Parlamento europeo;Parlamento Europeu;Europees Parlement
    United Nations|Nations unies;Vereinte Nationen;Naciones Unidas;Nazioni Unite;Nações Unidas;Verenigde Naties
    Brussels|Bruxelles;Brüssel;Bruselas;Bruxelas;Brussel;Bruksela
    London|Londres;Londra;Londen;Londyn
    Paris|Parigi;Parijs;Paryż
    Moscow|Moscou;Moskau;Moscú;Mosca;Moscovo;Moskou;Moskwa
    Munich|München;Múnich;Monaco di Baviera
    Vienna|Wien;Vienne;Viena;Wenen;Wiedeń
    Warsaw|Varsovie;Warschau;Varsovia;Varsavia;Varsóvia;Warszawa
    Athens|Athènes;Athen;Atenas;Atene;Athene;Ateny
    Lisbon|Lisbonne;Lissabon;Lisboa;Lisbona;Lizbona
    Geneva|Genève;Genf;Ginebra;Ginevra;Genebra
    The Hague|La Haye;Den Haag;La Haya;L'Aia
    Milan|Milano;Mailand;Milán;Mediolan
    Copenhagen|Copenhague;Kopenhagen;Copenaghen;Kopenhaga
    Prague|Prag;Praga;Praag
    Beijing|Pékin;Pekín;Pechino;Pequim;Pekin
    Tokyo|Tokio;Tóquio
    New York|Nueva York;Nova Iorque;Nowy Jork
    Cairo|Le Caire;Kairo;El Cairo;Il Cairo;Kair
    Jerusalem|Jérusalem;Jerusalén;Gerusalemme;Jerusalém;Jeruzalem;Jerozolima
    Bucharest|Bucarest;Bukarest;Bucareste;Boekarest;Bukareszt
    Belgrade|Belgrad;Belgrado
    Kiev|Kiew;Kiëv;Kijów;Kyjiw
    Mexico City|Mexiko-Stadt;Ciudad de México;Città del Messico;Cidade do México
    Istanbul|Stamboul;Estambul
    Tehran|Téhéran;Teheran;Teherán
    Damascus|Damaskus;Damasco;Damaszek
    Beirut|Beyrouth;Beirute;Bejrut
    """

    /// Folded form → the English name (only names the gazetteer holds are read).
    static var abroadForms: [(String, String)] {
        abroadData.split(separator: "\n").flatMap { line -> [(String, String)] in
            let parts = line.split(separator: "|").map(String.init)
            guard parts.count == 2 else { return [] }
            return parts[1].split(separator: ";").map { (String($0).folded, parts[0]) }
        }
    }
}
