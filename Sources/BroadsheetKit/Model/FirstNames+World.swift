/// First names of European, Middle Eastern and Asian public figures the 1990 US Census lists
/// lack (`Olaf`, `Jürgen`, `Ségolène`, `Małgorzata`, `Volodymyr`, `Recep`, `Rishi`), in folded form
/// (no accents; `ł` stays), each with its usual gender: a German, Polish or Russian story's
/// `Olaf Scholz` is a person by these, not a body of two capitalised words.
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
    """
}
