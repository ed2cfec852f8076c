"""Common given names, for telling a person's name from a business or keyword name.

Written for commentguard (from our writers' own knowledge, not copied from a name list):
about 5,250 given names and short forms from English and some fifty other languages and
cultures that blog comments are written in (Nordic, Slavic, Arabic, Persian, Turkish,
South and East Asian, Yoruba, Igbo, Akan, Swahili, Zulu and more), lower case, accents
removed. A name only has to be common enough that real commenters often use it; the
list need not be complete: the model weighs the signal built on it, it decides nothing
alone. Names that are also the keywords of spam authors ("Seo", as in "SEO Services") are
left out, and so are the names added in November 2026 that are also everyday English words
("Hope", "Angel", "Price"), which spam authors' business names use; older entries such
as "Grace" or "Will" stay.
"""

from __future__ import annotations

__all__ = ["FIRST_NAMES"]

FIRST_NAMES = frozenset(
    """
    aakash aaliyah aamir aarav aaron aashish abbas abbie abby abdallah abdelaziz abdelrahman
    abdi abdiaziz abdikarim abdinasir abdiqani abdirahim abdirahman abdisalan abdiwali abdul
    abdulaziz abdulkadir abdulla abdullah abdullahi abdulmalik abdulrahman abebe abel abena
    abenaa abhijit abhishek abid abigail abimbola abiodun abiy abraham abrham abshir abubakar
    achieng ada adaeze adam adamu adan adanna adaobi adaugo addie addison ade adebayo adebola
    adekunle adel adela adele aden adenike adeola adesola adetokunbo adewale adeyemi adhiambo
    adi adil aditi aditya adjoa adnan adrian adriana adrien adrienne adunni adwoa affoue afia
    afonso afriyie afua agata agatha agnes agneta agnieszka agron agung agus agust agustin
    agustina agyeiwaa ahmad ahmed ahmet aibek aida aidan aiden aigerim aikaterini aiko aila
    aiman aimee aina ainara aine ainhoa aino ainsley airi aisha aisling aisyah aitana aitor
    aizhan ajay ajith ajoa akam akari akash akeem akiko akinola akinyi akira akis akissi aklilu
    akmal ako akos akosua akosuah akoth aksel aku akua akwasi akwesi alaba alain alaina alan
    alana alasdair alastair alba albert alberto aldo aled alejandra alejandro aleksandar
    aleksandr aleksandra aleksei aleksey aleksi alemayehu alena alessandra alessandro alessia
    alessio alex alexa alexander alexandr alexandra alexandre alexandros alexandru alexei alexey
    alexia alexis alfie alfonso alfred alfredo ali alice alicia alicja alina aline alisha alison
    alistair aliyah aliyu allan allen allie allison alma almaz alonso altin alun alvaro alvin
    alya alyssa ama amaia amaka amal aman amanda amandeep amani amanuel amara amarachi amaya
    amber ambrose amelia amenan amie amina aminah aminat aminu amir amira amirul amit amitabh
    amma ammar amna amr amran amy ana analyn anam anan anand ananya anas anastasia anastasios
    anastasiya anca anders anderson andi andile andras andre andrea andreas andreea andrei
    andrej andres andrew andrey andrii andriy andrzej andy anele aneta anezka angela angeliki
    angelina angelo angelos angharad angie angus anh aniket aniko anil anindita anirban
    aniruddha anish anita anitha anja anjali anke ankica ankit ankur ann anna annabel annabelle
    anne anneke anneli annelie annemarie annemiek annette annie annika anouk anri anshul anthony
    antigone antigoni antje antoine anton antonella antonia antonio antonis antti anu anup anura
    anurak anusha anya anyango anze aoi aoife aom aonghas apichat apiyo apostolos april aqeel
    araba arabella aram araminta arantxa arash aravind arben arber archie arda ardit areeba
    areti argyro ari arian ariana arianna arie ariel arif arijit arild arindam aris arjun arman
    armando arnab arnar arnaud arne arnel arnold arooj arpita arslan arta artan artem arthit
    arthur artur arturo artyom arun arunee arvind asabe asad asaf asanka asantewaa asen asfaw
    asha asher ashish ashley ashlyn ashok ashwin asif askar asli asma asmau aso assaf astrid
    asuka atanas atefeh athanasios athina athumani atieno atif atiqah ato attila aubree aubrey
    audrey auma aurelie aurelien austin auwal ava avery avi avik avin avital avraham awais awino
    aya ayaka ayan ayana ayanda ayanle ayelet ayesha ayfer ayla aylin ayman ayo ayodeji ayodele
    ayomide ayse aysel aysha ayten ayu ayumi azad azadeh azamat azeb azlan azlina azman azubuike
    babak babangida babar babatunde babis bagus bahar bahoz bahram bailey bakari bakhtiyar
    bakhyt bala balaji balaraba balazs balint balwinder bambang bandile bao bapi bappa baptiste
    baraka baran barasa barbara barbora barbro baris barnabas barnaby barry bart bartek bartosz
    barzan bas basavaraj bashir basia bassam bastien batya bawan bayo bayu beata beatrice
    beatriz bebot becky begona behnaz behrouz behzad bekzod bela belen belinda bella bello ben
    bence benedict benedikt beng beni benjamin benjie benny benoit beppe bereket berfin berhane
    berhanu berivan berk berna bernadette bernard bernardo bernd bernie bert bertie besa besim
    besnik bess betelhem beth bethan bethany bethlehem betsy betty bev beverley beverly bharat
    bharath bhavani bhavesh bianca bibek bijay bikash bikram bilal biljana bilkisu bill billie
    billy bima bimal binh biniam binod binta binyam biodun birgit birgitta birtukan bishal bisi
    biswajit bjarni bjork bjorn blanca blanche blanka blathnaid blaz blerim blerta boatemaa bob
    bobby bogdan boglarka bohdan bohumil boitumelo bojan bola bolaji bongani bonnie boonmee bora
    boram boris borislav bostjan botond boyan boyang boyet bozena brad bradley bram brandi
    brandon branislav branka branko brayden brechtje bregje brenda brett brian briana brianna
    bridget bridgette brielle brigitta brigitte britney britt britta brittany brittney brodie
    brody bronte bronwyn brooke bruce bruna bruno bryan bryce bryn brynlee buddhika budi buhle
    bujar bukola bulle burak burcu bushra busisiwe busra caasha cabdi cabdullahi cade caden cai
    caio caitlin cali callum calum calvin cameron camila camilla camille candace candice cansu
    caoimhe carina carl carla carlijn carlo carlos carly carmela carmen carol carole carolina
    caroline carolyn carrie carson carwyn carys casey cassandra cassidy catalin catalina
    catarina caterina cathal catherine cathy catrin catriona cecil cecilia cecily cedric celia
    celine cem cengiz ceren cerys cesar chaeyoung chaim chaiwat chakrit chalerm chamara chamari
    chaminda chana chanaka chandrika chantal chao charalambos charis charlene charles charlie
    charlotte charmaine chathura chathurika chau chebet chee chelsea chen chepkoech cherono
    cheruiyot cheryl cheuk cheyenne chia chiahui chiamaka chiara chibuike chibuzor chidi
    chidinma chiedu chieh chiemeka chiemelie chigozie chih chihhao chihiro chijioke chika chike
    chinaecherem chinaza chinedu chinelo ching chinonso chinwe chinwendu chinyere chioma chirag
    chisom chiu chizoba chloe choon chris christelle christian christina christine christo
    christophe christopher christos chrysa chrysoula chukwudi chukwuemeka chukwuma chukwunonso
    chun chung cian ciara ciaran cillian ciprian ciwan claire clara clare clarence claude
    claudette claudia claudio cleber clement clementine clifford clint clive clodagh clyde cody
    coinneach colby cole colette colin colleen colm colton conceicao concepcion conner connie
    connor conor constance constantin constanza cor cora corazon cordelia corey corina corinne
    corne cosmin courtney craig crispin cristian cristina crt csaba csilla cumar cuong curtis
    cynthia cyril daan dafna dafydd dagmar dagny dahir dahiru dahyun dai daiki daisuke daisy
    dakota dale dalia dalibor dalisay dalmar dalton dami damian damilola damion damla damola dan
    dana danae dandan danial danie daniel daniela daniele danielle danijela danilo daniyar
    danjuma danny danushka danuta dao daphne dara daria dario darius dariush dariusz dariya
    darko darlene darnell darragh darrell darren darryl darshan darya daryl daryush dasha
    dashawn daudi dauren dave davey davi david davide davina davor dawid dawit dawn dayo dayoung
    dean deandre deanna deanne debashis debasish debbie debjani debjit debora deborah debra
    declan dede dedi deepa deepak deepika deeq deirdre deja dejan deji del dela delal delali
    dele delia delilah della delphine delroy demetrius demola denes denis denise deniz dennis
    deon deqa dereje derek dermot derrick derya deshawn desmond despina devante devin devorah
    dewayne dewi dhammika dian diana diane dianne diarmuid didier diego diem diep dieter dilan
    dilber dilek dilgesh dilhani dilini dilnoza dilovan dilrukshi dilshad dilshan dilshod dima
    dimakatso dimas dimitar dimitra dimitrina dimitrios dimitris dina dindo dineo dinesh dinh
    diogo dipak dipankar dipendra dipika dirk divya diyar djordje dmitri dmitriy dmitry dmytro
    dodi dodong dohyun dolores dom domagoj domenico dominic dominik dominique donal donald
    donatella donghyun dongwook doni donna donovan dora dorde doreen doris dorje dorota dorothea
    dorothy dottie dotun doug dougal douglas dov dozie dragan dragana drita dritan driton duane
    duangjai duc dudi dufie dugald dulani dumitru duncan dunja durga dusan dustin duyen dvora
    dwayne dwight dylan dzifa eabha eamon eamonn easton ebba ebere ebo ebru ebube ebuka ebun ece
    ecem ed eda eddie edem edgar edgardo edi edith edmund edna edoardo edson eduardo edward
    edwin edwina eero eetu efe efi efia efrat efren eftychia efua egil egor ehsan eileen eimear
    einar einat eirik eirini eitan eivind ejike eka ekaterina ekene eko ekow ekua ekwueme ela
    elaine eleanor eleftheria eleftherios elena eleni elfriede elham eli eliana elif elijah
    elikem elin elinor elisa elisabeth elise eliska eliza elizabeth elke ella ellen ellie elliot
    elliott elmarie elmer elna elodie eloise elsa elsabe elsie elspeth elvira elzbieta eman
    emanuele emebet emeka emel emelie emese emi emiko emil emile emilia emilie emilio emily
    emine emma emmanouil emmett emre emyr encarnacion endre endrit enes enid eniko enrico
    enrique enver enyonam enzo eoin ercan erdem eren eri eric erica erich erik erika erin erion
    erjon erkan ermias ernest ernesto ernie erno ernst erol errol ersin erum erwin eryk erzsebet
    esa esi esin eskil esme espen esra esteban estelle esther eszter etenesh ethan ethel etienne
    ettienne ettore euan eugene eugenia eunbi eunhee eunice eunji eunjung eunkyung eunseo eunwoo
    eva evan evangelia evangeline evangelos evelien eveliina evelyn everett everleigh evert
    everton evgeniy evgeny evie evin ewa ewan ewelina ewen eyal eyob eyram eyrun ezinne ezra
    faadumo faarax fabian fabien fabienne fabio fabrice fabrizio fadi fadli fadumo fafali fah
    fahad fahd fahmida fai faisal faith faiza faizal fajar fanni farah farhad farhan fariba
    farid faridah fariha farnaz farrukh farshid faruk farzana farzaneh fasil fatemeh fatih
    fatima fatma fatmir fatos fawad faysal federica federico feifei felipe felix femi femke feng
    fenna ferenc fergal fergus fernanda fernando feven ffion fiifi fikret fikri fikru filip
    filipa filipe filippo filiz finlay finley finn fiona fionn firdaus fisayo fitri fitzroy
    flamur fletcher fleur floor florence florencia florentina florian florin floyd fola folake
    fon forough foteini fotini fotis fozia fran frances francesca francesco francis francisca
    francisco franck franco francois francoise frank franklin frans frantisek franz fred freda
    freddie freddy frederic fredrik frehiwot freja freya frida friedrich frikkie fritz fumiko
    fung funke funmi funmilayo gabi gabor gabriel gabriela gabriele gabriella gabrielle gaia
    gail galina galit galya gambo gamze ganesh garba gareth garfield garrett gary gasper gathoni
    gaurav gaute gautham gavin gayan gayani gayathri gayle gbemisola gbenga gebre gede geert
    geeta geetha geir gemma genc genet genevieve genki geoff geoffrey georg george georgi
    georgia georgiana georgina georgios geraint gerald geraldine gerard gerardo gergely gerhard
    gerrit gerry gert gertie gertrud gertrude getachew gethin geza gezim ghada ghassan ghazal
    gheorghe ghulam giancarlo giang gianluca gianna gianni giannis gideon gijs gil gilad gilang
    gilbert giles gilles gillian gina ginette ginevra ginika ginny gino giorgia giorgio giorgos
    giovanna giovanni girma gisela gita gitonga giulia giuseppe giuseppina gizella gizem gjergj
    gladys gleb glen glenn gloria glyn gokhan golnar golnaz goncalo gonul gonzalo gopal gopi
    goran gordana gordon gosia gowtham grace graciela graham grainne grayson graziella grazyna
    greg gregor gregory greta greyson grigoris grigoriy grigory grzegorz guadalupe guan gudmund
    gudmundur gudny gudrun guenter guerline guido guilherme guillaume guillermo guiying gul
    gulay guled gulistan gulnara gulsen gunilla gunnar gunter gunther guoqiang gurdeep gurjit
    gurpreet gus gustavo guure gwen gwendolyn gwenllian gwyn gyan gyorgy gyula haakon habiba
    habibu habtamu hacer hadas hadi hadiza hadley haeun hafiz hafizah hafizuddin hafsat hagit
    hai haider haile hailey hailu haim haiyan hajara hajnalka hajun hakan hakim hakon hal haleh
    haley halil halima halimo halina halldor halvard halyna hamad hamdi hamed hamid hamish
    hamisi hamisu hamse hamza hamzah hana hanan hande hanh hani hank hanlie hanna hannah hanneke
    hannelore hannes hanri hans hao haoran harald haraldur hardeep hardik hari harini haris
    harish harjeet harjit harold harper harpreet harri harriet harrison harry harsha haruka
    haruki haruna haruto harvey hasan hasini hasitha hassan hassani hasti hatem hatice hattie
    hau hauwa havard hawo hawre hayato hayden hayley hayoung hazel haziq heather heba hector
    heejin hei heidi heike heikki heinrich heinz heitor hejar helen helena helene helga helge
    helin helmi helmut hemant hemin hendra hendri hendrik hendrikus hendro heng henk hennie
    henok henrietta henrik henry henryk herbert herman hermann herta hertha heru herve hevi
    hevin hibo hideki hideo hien hieu hikari hila hilary hilda hildegard hildur hilkka hillary
    himanshu himari hina hira hiren hiroki hiroko hiroshi hirsi hirut hisham hitesh hitomi hiwot
    hoa hoai hoang hoda hodan hoi hollie holly homa hong hongmei horace horst hosein hoshyar
    hossein howard hozan hristo hrvoje hsiao hsin hsinyi hsiu hua hubert huda hudson hugh hugo
    hui huihui hulya huma humaira huong husain huseyin hussain hussaina hussein hussien huu huub
    huw huy huyen hyein hyejin hyeri hyesoo hyewon hyun hyunjin hyunjoo hyunsoo hyunwoo iain ian
    ibrahim ibukun ichiro icilda ida idil idit ido idoia idowu idris ieuan ife ifeanyi ifeoluwa
    ifeoma ifrah ignacio igor ihor iida ijaz ijeoma ike ikechukwu ikenna iker ikhwan ilan ildiko
    ilham ilhan ilias ilir ilkka illia ilona ilse ilya imad iman imani imelda imesha imogen
    imran imre inas inbar indah indika indira indra indrani indranil ineke ines inge inger
    ingibjorg ingrid ioana ioanna ioannis ionela ionut ipek iqbal iqra ira irem irena irene
    irfan irina irini irit irmgard irwan iryna isaac isabel isabela isabella isabelle ishani
    ishara iskandar isla ismail ismaila ismet isobel issa istahil istvan isuru itai itay itziar
    itzik ivan ivana ivar ivaylo iveta ivica ivy iwan iwona iyabo iyanu izabela izzati izzy jaap
    jabari jaber jace jacek jack jackie jackson jaco jacob jacobus jacqueline jacquelyn jacques
    jada jade jaden jadwiga jaehyun jaemin jaewon jagan jagjit jaime jaka jake jakob jakub jalen
    jama jamal james jamie jamila jan jana janak janaka janaki janco jane janelle janet janez
    janice janina janine jannat jannatul janne janneke janos janusz japie jared jari jarle
    jarmila jaromir jaroslav jaroslava jaroslaw jarrah jarrett jasmin jason jaspreet jasur
    jasvinder jaswinder jatin javad javed javeria javier jawad jaxon jay jayanthi jayden jayesh
    jaylen jaylin jaypee jayson jeab jean jeanette jeanne jeannie jeff jefferson jeffery jeffrey
    jelani jelena jelle jemima jemma jen jenna jennifer jenny jens jeongyeon jepkosgei jeptoo
    jeremy jericho jermaine jeroen jerome jerry jerzy jesmin jess jesse jessica jessie jesus
    jhun ji jia jiahui jian jianguo jianhua jiayi jibril jide jie jieun jignesh jiho jihoon
    jihye jihyun jill jillian jim jimin jimmie jimmy jin jing jingjing jinho jintana jinwoo
    jirawat jiri jirina jiro jisoo jisung jitka jiwon jiwoo jiyan jiyeon jiyoon jiyoung jo joan
    joana joanna joanne joao joaquim joaquin jocelyn jodi jodie jody joe joel joerg joey johan
    johanna johannes john johnny jojo joko jolanta jolene jolien jomar jomari jon jonah jonas
    jonathan jonel jongmin jonjon jonny jonty joonas joonho joost jordan jordi jordyn jorg jorge
    jorgen joris jos jose josef josefa josefin josefina joseph josephine josette josh joshua
    josiane josie josip jostein jouni jovan jovana joy joyce joydeep joze jozef jozsef juan
    juana juanita judit judith judy juergen juha juho jukka jules julia julian juliana julianna
    julianne julie julien juliet juliette julio juma jumana jummai jumoke jun junaid june
    jungkook jungmin junho junjie junjun junko junseo junyoung juraj jure jurgen justin justine
    justyna jyoti kaafi kaan kabelo kabiru kacper kadeem kadek kadian kaede kaew kafui kagiso
    kagwiria kai kaisa kaitlyn kaito kajal kalekye kalle kalliopi kaloyan kalpana kalpesh kaltun
    kam kamal kamala kamaran kamau kamil kaming kamlesh kamran kamrul kamsi kana kanako kanat
    kannan kannika kanokwan kanya kaori kapil kara karabo karan kare kareem karel karen kari
    karim karima karin karine kariuki karl karla karlijn karol karolina karoly karthick karthik
    karwan kashif kasia kassandra kasun kata katalin katarina katarzyna katayoun kate katelyn
    katerina kateryna katharina katharine katherine kathir kathleen kathrin kathryn kathy katie
    katja katlego katrin katrina katy katya kausalya kaushalya kaushik kaveh kavinda kavita
    kavitha kavya kawa kawai kay kayden kayla kaylee kayleigh kayode kazimierz kazuki kazumi
    kazuo kazuya keabetswe keat kebede keerthana keerthi kees kehinde kei keiko keisha keisuke
    keith kekeli kelechi kelly kelsey kelum kemal kemar kemi kemunto ken kendall kendi kendra
    kenechukwu kenenna kenichi kenji kennedy kenneth kenny kenta kenzo kerem keren kerry kerstin
    kerubo keshav keshawn ketan ketil ketly ketut keung kev kevin keyvan khadija khadijah khadra
    khairul khaled khalid khalif khalil khang khanh khanyisile khaya khloe khoa khoi khue
    khurram kian kiara kiat kibet kidane kidist kien kieran kieron kikelomo kiki killian kim
    kimani kimberley kimberly kimiko kinga kinsley kinya kinza kioko kipchoge kipkemboi kiplagat
    kiprono kiprop kiptoo kiran kiril kirill kirimi kirk kiros kirra kirsten kirstie kirsty
    kishor kishore kitti kittipong kittisak kjell kjetil klajdi klara klaus klemen knut kob
    kobby kobina kobus kodwo koech koen koffi kofi koharu koichi kojo kola komal komang konadu
    konrad konstantin konstantina konstantinos koorosh koos korkor kosi kosisochukwu kostas
    kosuke kouadio kouame kouassi kourosh koushik kpakpo krasimir kresimir krishna krishnan
    krista kristen kristi kristin kristina kristjan kristofer kristoffer kristy kristyna
    krisztian krisztina krystian krystyna krzysztof ksenia kseniya kubra kujtim kuldeep kulu
    kumar kumara kumari kumiko kun kunal kunle kurniawan kurt kuukua kwabena kwabina kwadjo
    kwadwo kwai kwakou kwaku kwame kwamena kwami kwan kwangsoo kwasi kwaw kweku kwesi kwok kwong
    kyle kylie kyoko kyriakos kyunghee kyungsoo lachie lachlan ladi ladislav lahiru lai laia
    laiba laide laila lajos lakisha lakmal lakshika lakshmi laleh lalit lalitha lamai lamar lana
    landon langat lanre lara laraba larai larisa larissa larry lars larysa lasantha lasse laszlo
    latasha latha latoya laura lauren laurence laurent lauri laurie lavanya lawal lawan lawrence
    laxman laxmi layla lazar lea leah leandro leanne lebogang lech lee leena lefteris lei leif
    leila leire lek lekan len lena lenka lenny leo leon leonard leonardo leonie leonor leopold
    lerato leroy les lesedi lesley leslie lestari leszek leticia letitia leung levent levente
    levi lewis lexi leyla lhakpa li liam liat liban libby libor lidia lidya lieke liesbeth
    lieselotte liezl ligaya liisa lili lilian lillian lily limor lin lina linda lindani lindiwe
    lindsay lindsey lindy ling lingling linh linnea lior lipi lisa liselotte litsa liudmyla liya
    liz lizelle lizzie ljiljana ljubica llewellyn lloyd llyr llywelyn loc loes logan loic lois
    lok lola lonneke lonnie loredana lorena lorenzo lori lorna lorraine lotta lotte lottie lou
    louay louis louisa louise lowri luan luana lubna lubomir lubos luc luca lucas lucia lucian
    luciana luciano lucie lucille lucinda lucy ludmila ludovic ludovica ludwig luella luigi luis
    luka lukas lukasz luke lukman lulama lulit lulzim lun lungelo lupita luqman lurdes luthando
    luther luuk luul luz luzviminda lwando lwazi lydia lyla lynda lynette lynn lynne lyuba
    lyubomir lyubov lyuda lyudmila maaike maame maarit maarten mabel macharia maciej mackenzie
    madan maddie madeleine madeline madelyn madhan madhavi madhu madhumita madiha madina madison
    madushanka maeve magda magdalena maggie magne magnus maha mahad maham mahamed mahela maher
    mahesh mahfuz mahinda mahlet mahmoud mahmud mahmuda mahmudul mahmut mahnaz mahnoor mahsa
    mahtab mai maire mairead mairo maisie maisy maite maja majid makafui makayla makeda makena
    maki makis makoto maksim maksym malathi malcolm malee malgorzata malik malin malinga malini
    malith malka mallika mallory mami manal manami mandla mandy manfred mangesh mani manikandan
    manish manisha manjit manjunath manoj manolis manon manpreet mansa manuel manuela marc
    marcel marcela marcelle marcelo marcia marcin marco marcos marcus marek marelize margaret
    margareta margarida margery margit margot margret marguerite maria mariam mariamu marian
    mariana marianna marianne mariano maribel maricel marie marieke mariette marija marijke
    mariko marilou marilyn marin mario marion marisa mariska marisol marissa marites marium
    marius mariusz marivic mariya marjan marjo marjolein marjorie marjory mark marketa markku
    marko markus marlene marlize marloes marlon maro maros marsha marta martha martin martina
    martine marton marvin marwa marwan mary maryam maryan marzena masako masaru masashi masato
    masego masha masoud massimo masud matej mateo mateus mateusz matheus mathias mathieu matias
    matilda matilde mats matt matteo matthew matthias matthieu matti mattia maud maude maureen
    maurice mauricio maurizio mavis mawuli mawunya max maxamed maxime maximilian maxine maya
    mayada mayowa mayumi mazen mazlan mbali mbithe mckenzie meena meenakshi meera mees meg megan
    megha meghan megumi mehdi mehmet mehran mehrdad mehwish mei meike meir meirion meital mekdes
    mekonnen mel melanie melek melinda melis melissa melvin menachem mengyao merav mercedes
    meredith merja meron mert mervat merve meryem meseret mesfin meskerem mhairi mia micaela
    micah michael michaela michal michalis michel michela michele micheline michelle michiko
    mick mickael mickey midori mieke miguel miha mihaela mihai mihaly miho mijin mika mikayla
    mike mikey mikhail miki mikias mikko miklos mila milad milagros milan mildred milena milica
    millie milos miloslav milton min mina minah ming mingma minh minho minji minjun minkyu minna
    minnie minoru minseo minseok minsu minyoung mio miranda mireille mirela miriam mirjam
    mirjana miroslav miroslava misaki misbah mitch mitesh mithila mitja mitra miyoung mizanur
    mmabatho moa modupe mohamad mohamed mohamedi mohammad mohammed mohamud mohannad mohd mohit
    mohsen mohsin moira moishe mojgan mojisola molly momchil mona monica monika monique montse
    montserrat monty moraa morag mordechai morenike morgan moritz morne morris morten morteza
    moshe mostafa mostafizur motti moumita mounir mousumi moyo mpho mthunzi mudassar mueni
    mugambi muhammad muhd mui mukesh mukhtar muli mulu mulugeta mumbi mumbua muna munachi munir
    murat murdo muriel murithi murray murtala murugan musa mussa mustafa mustapha musyoka
    muthoni muthu mutiso mutua mwajuma mwanaisha mwangi mwende mwikali mykhailo mykola mylene
    myrto mythili mzwandile naa nabil nabila nabin nadav nadeeka nadeem nadeesha nader nadezhda
    nadia nadine nadiya naeem nafisa nagaraj nahid nahom naila naim najla najwa naledi nalin
    nanami nancy nanda nandhini nandi nandini naoki naoko naomi naoto narayan narelle naresh
    narges nargis narin naser nasir nasiru nasra nasrin nasser nastya natalia natalie nataliya
    natalya natasa natasha nate nathalie nathan nathaniel natnael natoya nattapong nattawut
    nattaya natthapong nauman navdeep naveed naveen navid navya nawal nayeon nayomi nazanin
    nazdar nazia nazli nazma nazmul nazri ndinda nduka nduku neal ned neda neelam neema neeraj
    negar negash neha neil nejc nell nellie nelson nemanja nenad nengah neo nerea nermeen
    nesreen nesrin nestor netsanet nevaeh nevena neville nga ngan nghia ngoc ngozi nguyet nhan
    nhat nhi nhlanhla nhu nhung nhyira nia niall niamh niccolo nichola nicholas nick nicky
    niclas nico nicola nicolae nicolas nicole nicoleta nicoletta nicolo nid nida nidhi niels
    nienke nigel nii niina nikhil niki nikita nikki niklas nikola nikolai nikolaos nikolay
    nikolett nikos nilmini niloofar niloufar nils nima nimal nimco nina ning nino nipa nipun nir
    nirmal nirosha nischal nisha nishantha nishtiman nisreen nithya nitin niyi nizam nizar
    njambi njeri njoroge nkatha nkechi nkem nkiru nkiruka nkosinathi nnaemeka nnamdi nneka
    nnenna noa noah noam noboru nodira noelia noemi noga noi nok nokuthula nolan noluthando
    noman nomsa nomthandazo nomvula nong nonhlanhla nonoy nonso noor nora norah noraini
    norazlina norbert noreen noriko norma norman norris nosipho nour noura novlette nthabiseng
    ntombi nuala nuhu nui nur nurhaliza nuri nuria nurit nurlan nursultan nusrat nuwan nyaboke
    nyambura nyarko nyawira nyokabi nyoman oana oanh obaapa obi obiageli obinna obioma obumneme
    ochieng octavia octavio odette odhiambo oduor ofer oforiwaa ogechi ogechukwu ognyan oguz
    ohemaa oisin okechukwu okey oksana ola olaf olafur olamide olav olawale ole oleg oleh
    oleksandr oleksii oleksiy olena olga olha olive oliver olivia olivier olli ollie olu oluchi
    oluebube olumide olusegun oluwaseun oluwatobi olya omar omari omer omid omkar omolara omondi
    ondrej onni onur onyango onyeka onyekachi onyinye ophelia orathai oren orhan orit orla
    orlaith orly ornella orsolya orville osama osamu oscar oshadi osman osnat oswald otieno otis
    otto outi owain owen owino oyin oyinda oyvind ozan ozioma ozlem pablo paco padma padraic
    padraig paige paivi palesa pallavi pam pamela panagiota panagiotis pandian panos panya paola
    paolo paramjit paraskevi paresh pari parisa paromita parth partha parvaneh parvati pasang
    pascal pat pathum patricia patrick patrizia paul paula paulette paulina pauline paulo pavel
    pavithra pavla pavlo pavlos pawan pawel payal payam payel payton pedram pedro peggy pekka
    pemba penelope penelopi peng penny pensri percy perry persephone perwin petar pete peter
    petr petra petri petrit petro petros petter peyman peyton phil philip philipp philippa
    philippe phillip phoebe phong phuc phumzile phuong phyllis pichai pien piero pierre piet
    pieter pietro pilar pim pimchanok pino piotr pirjo piroska piumi piyali plamen pokua pokuaa
    polina polly pongsak pooja poonam poornima popi poppy pornchai pornthip porntip pouya prabhu
    prabin pradeep prakash pramod prapai prasad prasanna prasert prasit pratama praveen predrag
    preethi preeti primoz priscilla pritam priya priyanka przemyslaw pui puja puleng pushpa
    putra putu qasim qiang qing qiu quan quang quentin quinn quinton quoc quyen quynh rabia
    rabin rabindra rabiu rachael rachel radek radha radim radka radu raelynn rafael rafaela
    rafal raffaele raffaella rafiq rafiqul raghav raghu ragnar ragnheidur rahama rahel rahim
    rahman rahmat rahul raimundo raj raja rajan rajeev rajendra rajesh rajeshwari rajib rajiv
    rajkumar rakesh rakib rakiya ralf ralph raluca ramadhani ramana ramatu ramazan ramesh rami
    ramil ramin ramon ramona ramya rana randa randall randolph rani rania ranil ranjan ranjit
    raphael raquel rasel rasha rashad rashed rasheed rashi rashid rashidi rashmi rasika
    rastislav ratana ratna rattana raul ravi rawan ray raymond razak razvan reagan rebaz rebecca
    rebekah rebin recep reece reem reese refilwe reggie regina reginald rehan rehana rehema reid
    reka rekha remi ren renata renate renato rene renee renu reuben revathi revathy revital rex
    rey reynaldo reza rezan rezaul rhea rhian rhiannon rhoda rhodri rhonda rhydian rhys ria
    riaan riad riana ricardo riccardo richa richard richie rick ricky rida ridwan riikka riko
    riku riley rin rina ripon rita ritu rituparna rivka riya riyad rizal rizki rizky rizwan rob
    robel robert roberta roberto robin rocco rochelle rocio rodel roderick rodney rodolfo
    rodrigo rogelio roger rogerio rohan rohani rohit roi roisin rojan rojda rojin rok rokeya
    roland rolando rolf romain roman romeo rommel ron ronahi ronald ronaldo ronan ronel ronit
    ronke ronnie roos rory rosa rosalie rosalind rosamund rosana rosangela rosanna rosario rose
    roshan rosie roslan rosnah ross rossella rostam rotich rotimi roula rowena roxana roxanne
    roy roya rozalia rozerin ruairi ruairidh ruan ruari ruaridh ruba ruben rubina ruby ruchi
    rudi rudolf rudy rufus rui rukayya ruma rumen runak ruoxi rupa rupert ruqayya ruslan russ
    russell rustam rutger ruth ruud ruwan ryan ryder ryo ryota ryszard ryuichi saad saadatu saba
    sabin sabina sabine sabrina sabyasachi sachiko sachin sachini sachith sade sadia sadie sadiq
    sadiya saeed safiya sagal sagar sahar sahra saida saiful saima saira sajid sajith sakchai
    sakda saki sakib sakine sakshi sakura salamatu salisu sally salma salman salum salvador
    salvatore sam samah saman samantha samar sameena sami samina samir samira sammy sampath
    samuel sana sanath sandeep sandesh sandhya sandile sandip sandor sandra sandrine sandro
    sandun sanduni sanet sangeeta sangeetha sanghoon sangwoo sani sanja sanjay sanjeev sanjib
    sanna sanne santiago santosh saoirse saowalak sapna sara sarah saranya saraswathi saravanan
    sarel sarita sarka saroj sasha saskia sathish satish satnam satoshi satu saule saurav savita
    sayantani scarlett schalk scott seamus sean sebastian sebastiao sebastien seema sefa segun
    seiji selam selamawit selasi selemani selim selina selma selorm selva selvi sem semere sena
    senait seng senthil senthilkumar senyo seoa seojun seonaid seoyeon seoyoon seoyun seppo
    seren serena serge sergei sergey sergio serhat serhii serhiy serik serkan serwaa seth
    setiawan seulgi seun seungho seunghyun seungmin severine sevgi sewwandi shabana shabani
    shabnam shae shafiq shahid shahidul shahin shahla shahram shahrul shahzad shai shaima
    shakhzod shakib shalini shampa shan shana shane shani shanice shanika shaniqua shannon
    shantel shanthi shaquille sharmaine sharmarke sharmila sharmin sharmistha sharon shashikala
    shaun shauna shawn shay shaye shazia sheena shehan shehu sheila shelby sheldon shelley
    shelly sheri sherika sherine sherko sherman sherri sherzod shigeru shikha shilan shilpa
    shimon shing shinichi shinji shira shiri shirin shirley shiva shivakumar shivanand shkelzen
    shlomo shmuel sho shobana shola shorsh shota shreya shrikant shruti shu shuang shuhui shukri
    shuvo shwan shweta shyam sian siavash siavosh sibongile sibusiso sid sidney sidra sienna
    siew sifiso sigal sigit sigmund signe sigrid sigridur sigurd sigurdur sika silas silke
    silvia simi simin simon simona simone sina sinan sindhu sindre sinead siobhan sipho
    siphokazi siri sirinya siriporn sirirat siriwan sirpa sirwan sisay sita siti siu siva
    sivakumar sivert siwan siwoo siyabonga siyanda siyu sizwe sjaak sjoerd skender skylar
    sladana sladjana slamet slawomir slobodan smita sneha snezana snorre sobia sofia sofie soha
    sohail sohee soheila sohel sohini sola solene solomon somadina somchai sompong somporn
    somsak somsri somto somying sonam sonia sonja sonya soo soojin soomin sooyoung sophia sophie
    sora soran soraya sorcha sorin soroush sota sotiris soumya sourav sowmya soyeon sozdar
    spencer spiros spyridon spyros srabanti srdan srdjan sreya sri sridhar srinivas srinivasan
    sriram stacey stacie stacy stan stanislav stanislava stanislaw stanislawa stanley stavros
    stavroula stefan stefania stefanie stefano steffan steffi steinar stelios stella stephan
    stephane stephanie stephen steve steven stevie stewart stian stijn stina stjepan stoyan
    stuart stylianos subash subhajit subin subrata sucaad suchitra suda sudarat sudeshna
    sudhakar sudip sue suganya sugeng suha sujan sujatha sujin sujit sujon sukanya sukhwinder
    sule suleiman suleyman suman sumana sumathi sumin sumita sumon sundar sunee sunghoon sungmin
    sunhee sunil sunita sunitha sunkanmi sunmi sunna suong supaporn supattra supriyo supun
    surachai suraj suresh suriya surya susan susana susanna susannah susanne sushil sushma susie
    susmita susumu sutrisno sutthipong suwanna suyeon suzana suzanne suzy svein sven sverre
    sveta svetlana svetoslav swapnil swathi swati swee syafiq syahmi sybil sylvain sylvester
    sylvia sylvie sylwia syokau szabolcs sze szilvia szymon tabitha tadashi tadej tadesse
    tadeusz tadhg taehyun taemin taeyang tahir tahlia tahmina tahmineh tahnee tai taiwo tak
    takahiro takashi takeshi takis takumi takuya talatu tali talia tamar tamara tamas tamika
    tamim tammy tamsin tanawat taner tania tanisha tanko tanmay tanmoy tanushree tanvi tanvir
    tanya tao tapan tapas tara taraneh taras tarek tarik tariq tarquin tash tasha taslima tasnim
    tasos tassanee tatiana tatsuya tatyana taufik tavga taylor tayo tebogo teck ted teemu tegan
    teguh tekle temesgen temitope teniola tenzing teodora terence teresa terez tereza terje
    terrance terrell terrence terri terry tesfaye tess tessa tetiana tetsuya teun tewodros thabo
    tham thanakorn thanasis thanawat thandeka thandiwe thanh thao tharaka tharindu tharushi
    thelma themba thembeka theo theodora theodore theodoros theresa therese theuns thiago thida
    thien thierry thijs thilina thilini thinh thiru thoa thodoris thomas thor thora thorsteinn
    thu thulani thuy tiaan tiago tian tiana tibor tien tiernan tierra tigist tiina tijana tijani
    tijs tilda tilly tim timea timmy timo timothy timur tina tingting titi titilayo tiwa tjaart
    toan tobi tobias toby tochi tochukwu todd todor tokunbo tolga tolu tom tomas tomasz tomi
    tomislav tomiwa tommaso tommy tomoko tomos tomoya toni tonia tony tonya tope torbjorn
    torstein toshiyuki tosin toula tova toyin tracey tracy trang travis tremaine trent trevon
    trevor tricia trieu trinh trish trisha tristan trond troy trudy trung truong trygve tsegaye
    tsehay tshepo tsion tsubasa tsun tsvetan tsz tuan tumelo tumpa tuncay tunde tung tuomas
    tuula tuyet twan tyler tyra tyrone tyson tzu tzuyu ubah uche uchenna udara udeshika ugbaad
    ugo ugochi ugochukwu ugonna ugur uju ujunwa ulla ulrich uma umar umaru umberto umesh ummi
    umut una unai unathi unnur upeksha upul uri uros ursula urszula usama uschi usha usman uttam
    uwe uyen uzma vaclav vadim vahid val valentin valentina valeria valerie valli valon vanessa
    vangelis vani varun vasanth vasanthi vasil vasile vasileios vasiliki vasilis vasiliy vasily
    vaso vassilis vasyl vaughan vaughn vegard veikko velichko velu venkat venkatesh venla vera
    verna vernon veronica veronika veronique vesna vicente vicki vickie vicky victor victoria
    vidar vidya viet vignesh vijay vika vikas vikram viktor viktoria viktoriya ville vince
    vincent vincenzo vinh vinicius vinoth violet virginia virginie visar vishnu vit vitalii
    vitaliy vitaly vitoria vittoria vittorio vivian vivien vivienne viyan vladimir vlasta
    vlastimil vojtech volkan volodymyr voula vuk vusi vuyani vuyo waceke wafa wafula wagner wah
    wahyu wairimu waithera waldemar waleed walid wallace wally walter waltraud wambugu wambui
    wanda wangari wangui wanida wanjiku wanjiru wanjugu wanpen wanza waqar waqas warda warsame
    warunee washington wati wawan wayan wayne weerapong wei weiting weiwei wekesa welat wendell
    wendy wenjie werner wes wesley wessel weston whitney wibowo wichai wieslaw wiktor wikus
    wilai wilbur wilfred wilfredo wilhelm will willem william willie wilma wim winifred winnie
    winona winston wioletta wirat witold wojciech wojtek wolfgang wondwossen woojin worawut
    wouter wulan wunmi wyatt wynand xamdi xasan xavier xia xian xiang xiao xiaodong xiaofeng
    xiaohong xiaojun xiaoli xiaoling xiaolong xiaomei xiaoming xiaoping xiaoqing xiaowei
    xiaoxiao xiaoyan xiaoyu ximena xin xinyi xiomara xiu xiulan xiuying xiuzhen xolani xolisa
    xorla xuan xue yaa yaaba yaakov yadira yael yahaya yakov yakubu yamato yamuna yan yang
    yannick yannis yanti yanto yanyan yao yara yared yasaman yasemin yash yasir yasmin yasmine
    yasodha yau yayra yebin yee yegor yeji yejun yekaterina yemane yemi yeon yerin yerlan
    yerzhan yesenia yeshi yessenia yetunde yeung yevgeniy yevgeny yevhen yewande yiannis yichen
    yifan yifat yigit yihsuan yiming yin ying yinka yiorgos yitzhak yiu ylli yoav yodit yogesh
    yohana yohannes yoko yolanda yonas yonatan yonela yong yongjun yoona yordan yosef yoseph
    yoshio yoshiro yossi young younghee youngho youngsoo yousef yousif youssef yuan yudi yue
    yuhan yui yujin yuki yuko yuli yulia yuliya yuma yumi yun yuna yupin yuri yurii yuriy yusuf
    yusuke yuta yuthana yuting yuto yutong yuval yuvaraj yuxuan yuying yves yvette yvonne zach
    zachary zack zahid zahra zainab zainal zak zakari zamzam zana zane zanele zara zawadi zaynab
    zbigniew zdenek zdenka zdzislaw zeeshan zehra zeina zelalem zeljko zerihun zerin zewditu
    zeynab zeynep zhen zheng zhi zhihao zhila zhiqiang zhiwei zhong zhuo ziba ziga zihan zikora
    zilan zina zinhle zixuan ziyi zodwa zoe zoey zofia zohreh zoi zola zoltan zoran zorica zosia
    zsofia zsolt zsuzsa zsuzsanna zubair zufan zuhura zukisa zulai zulkifli zuwaira zuzana
    zvonimir
    """.split()
)
