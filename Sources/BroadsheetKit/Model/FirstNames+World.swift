/// First names of European, Middle Eastern and Asian public figures the 1990 US Census lists
/// lack (`Olaf`, `Jürgen`, `Ségolène`, `Małgorzata`, `Volodymyr`, `Recep`, `Rishi`), in folded form
/// (no accents; `ł` stays), each with its usual gender: a German, Polish or Russian story's
/// `Olaf Scholz` is a person by these, not a body of two capitalised words. After them, the
/// commonest given names of South Asia, the Arab world, Iran, Turkey, the Nordic countries,
/// Finland, the Low Countries, France, Spain, Portugal and Latin America, Italy, Russia and
/// Central Europe, Japan and West, East and Southern Africa that the Census lists lack (`Priya`,
/// `Arne`, `Julien`, `Mads`, `Ngozi`): a byline's `Priya Raman` was a place, `Raman`. Left out are
/// names that are as often a word or a name of something else in English text (`Per`, `Siri`,
/// `Marine`, `Sami`, `Sana`, `Ville`, `Liv`).
extension FirstNames {
    static let moreData = """
    olafM jurgenM wolfgangM heikoM sigmarM friedrichM horstM helmutM gerhardM larsM volkerM hubertusM joachimM
    thorstenM torstenM dieterM klausM gunterM ulrichM ulfM jensM svenM bjornM jorgM steffenM matthiasM florianM lukasM
    maximilianM hannesM holgerM detlefM reinhardM rainerM manfredM siegfriedM hartmutM berndM wilfriedM gerdM arminM
    tilmanM christophM gregorM cemM niklasM moritzM oleM henningM knutM edouardM francoisM jean-lucM jean-marieM
    jean-pierreM jean-claudeM jean-yvesM jean-michelM jean-noelM olivierM laurentM thierryM yannickM benoitM sebastienM
    remiM aurelienM fabienM gaelM gaetanM guillaumeM herveM loicM mathieuM thibaultM yvesM huguesM arnaudM pascalM
    matteoM silvioM enricoM paoloM giancarloM massimoM romanoM gianlucaM gianniM fabrizioM stefanoM beppeM ignazioM
    inigoM carlesM oriolM josepM jordiM emilianoM joaoM ruiM goncaloM jairM andrzejM mateuszM jarosławM jaroslawM lechM
    aleksanderM radosławM radoslawM zbigniewM władysławM wladyslawM szymonM rafałM rafalM krzysztofM tomaszM piotrM
    marekM wojciechM jacekM bartoszM marcinM przemysławM przemyslawM grzegorzM januszM petteriM sauliM henrikM bjarneM
    andersM geertM wopkeM rutgerM fransM jeroenM sjoerdM pieterM wouterM rishiM keirM nadhimM sadiqM kwasiM eamonM
    viktorM zoranM aleksandarM miloradM kyriakosM nikosM yanisM andrejM janezM volodymyrM vitaliM vitaliyM dmytroM
    oleksandrM petroM andriyM oleksiyM mykolaM serhiyM yuriyM tarasM recepM ahmetM kemalM mevlutM binaliM devletM
    ekremM mehmetM hakanM khaledM yasserM basharM saadM naftaliM yairM gadiM avigdorM ehudM narendraM rahulM
    arvindM nawazM imranM shehbazM dmitryM sergeiM alexeiM alekseiM alexeyM vyacheslavM yevgenyM evgenyM shinzoM fumioM
    yoshihideM junichiroM annalenaF sahraF svenjaF katjaF franziskaF silkeF ankeF gabiF gesineF fraukeF dorotheeF
    segoleneF rachidaF christelleF amelieF clemenceF sandrineF giorgiaF chiaraF giuliaF federicaF ornellaF begonaF
    cayetanaF nuriaF małgorzataF malgorzataF agnieszkaF katarzynaF dorotaF metteF sannaF kajaF femkeF kemiF pritiF
    emineF meralF yuliaF
    anilM raviM moustaphaM mustaphaM sunilM rajeshM rameshM sureshM maheshM ganeshM dineshM nareshM mukeshM rakeshM umeshM amitM sumitM rohitM
    mohitM vikramM vikasM sanjayM ajayM vijayM akshayM udayM deepakM ashokM alokM anandM arunM varunM tarunM arjunM
    adityaM abhishekM ankitM gauravM harishM kunalM manishM manojM naveenM nitinM pankajM pradeepM sandeepM sanjeevM
    rajeevM satishM shankarM shyamM sudhirM vinodM yogeshM prakashM gopalM rajivM sachinM viratM rohanM siddharthM
    nikhilM vivekM ashishM amitabhM shashiM piyushM shahidM asifM faisalM farhanM irfanM javedM junaidM kamranM
    nadeemM naveedM rashidM salmanM shoaibM usmanM waqarM zubairM bilalM hamzaM muhammadM mahmoudM mustafaM husseinM
    khalidM walidM youssefM yousefM abdullahM abdelM tarekM tareqM tariqM karimM nabilM samirM ramiM ziadM fadiM haniM
    majidM nasserM kamalM hamidM saeedM osamaM hosniM anwarM gamalM aymanM hazemM amrM ashrafM hishamM emadM hamdiM
    rezaM javadM hosseinM mehdiM mojtabaM ebrahimM masoudM behrouzM farhadM kavehM muratM emreM burakM ozgurM selimM
    serkanM tolgaM volkanM yusufM arneM madsM magnusM nilsM olavM oskarM gustavM axelM mikaelM johanM jesperM rasmusM
    kasperM sorenM mortenM frederikM kjellM einarM geirM trondM terjeM haakonM eirikM vegardM torbjornM asbjornM
    espenM havardM sindreM juhaM jukkaM mikkoM anttiM timoM jariM mattiM pekkaM heikkiM teemuM markoM hendrikM joostM
    thijsM bramM koenM luukM ruudM wimM sanderM maartenM willemM julienM alainM philippeM etienneM romainM maximeM
    baptisteM gillesM didierM sylvainM yannM inakiM ikerM unaiM xabiM borjaM facundoM matiasM thiagoM tiagoM flavioM
    rogerioM pauloM luizM alessandroM lucaM davideM riccardoM giorgioM vladimirM dmitriM sergeyM andreiM mikhailM
    nikolaiM igorM olegM pavelM petrM jiriM milosM vaclavM zdenekM ladislavM hiroshiM takeshiM kenjiM akiraM harukiM
    kojiM shinjiM taroM kentaM daisukeM naokiM satoshiM kwameM kofiM kojoM chineduM chukwumaM emekaM obinnaM olusegunM
    oluwaseunM babajideM tundeM femiM moussaM mamadouM ibrahimaM cheikhM abdoulayeM ousmaneM seydouM kagisoM thaboM
    siphoM thembaM uhuruM railaM jomoM muhammaduM yoweriM priyaF priyankaF anjaliF poojaF nehaF divyaF kavitaF sunitaF
    geetaF lakshmiF meeraF rekhaF rituF shilpaF shreyaF smitaF swatiF umaF vandanaF arunaF deepaF deepikaF jyotiF
    madhuF nandiniF pallaviF radhaF sapnaF shwetaF snehaF sushmaF aishwaryaF tanviF arundhatiF sitaF savitriF shabanaF
    hinaF saimaF zainabF benazirF malalaF nirmalaF smritiF mamataF raniaF nouraF hudaF salmaF halaF zeinabF fatmaF
    reemF nourF mahaF nargesF shirinF nasrinF zahraF parisaF ayseF elifF zeynepF merveF ozlemF selinF esraF tubaF
    ebbaF frejaF majaF solveigF pernilleF trineF hanneF leneF toveF birgittaF agnetaF ulrikaF malinF maritF heddaF
    tuvaF helleF lotteF dorteF tarjaF paiviF riikkaF kaisaF mariekeF anoukF sanneF manonF margauxF elodieF aurelieF
    agatheF soleneF oceaneF virginieF laetitiaF nereaF ainhoaF montserratF ximenaF dilmaF elisabettaF ilariaF
    ekaterinaF yekaterinaF ludmilaF lyudmilaF kseniaF oksanaF katerinaF zuzanaF milenaF yumikoF ngoziF chiomaF adaezeF
    funmilayoF fatouF wanjiruF wangariF njeriF
    """
}
