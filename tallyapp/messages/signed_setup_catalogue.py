"""Sentences of the signed setup and of signed roster amendments (`services/signed_setup.py`,
`services/amendments.py`). Kept apart from `catalogue.py` as the guards' are; `CATALOGUE`
holds them all."""

from __future__ import annotations

from tallyapp.domain.election import Names

N = Names

SIGNED_SETUP: dict[str, Names] = {
    "setup.file-refused": N(
        "ОСК қол қойған баптау қабылданбады",
        "подписанная ЦИК настройка не принята",
        "the setup signed by the CEC is refused",
    ),
    "setup.file-format": N(
        "{file}: ОСК қол қойған tallyapp баптау файлы емес (register sign жасайды)",
        "{file}: это не файл настройки tallyapp, подписанный ЦИК (его делает register sign)",
        "{file}: not a tallyapp setup file signed by the CEC (register sign makes one)",
    ),
    "setup.file-no-trust": N(
        "{file}: сенімді куәландырушы орталық көрсетілмеген (--trust CA.pem), қолды тексеру "
        "мүмкін емес",
        "{file}: не указан доверенный удостоверяющий центр (--trust CA.pem), подпись "
        "проверить нельзя",
        "{file}: no trusted certification authority (--trust CA.pem) to verify the signature",
    ),
    "setup.file-signature": N(
        "{file}: баптаудың қолы расталмады, ештеңе жасалмады: {detail}",
        "{file}: подпись настройки не подтверждена, ничего не создано: {detail}",
        "{file}: the setup's signature does not hold; nothing was created: {detail}",
    ),
    "setup.file-holds-all": N(
        "ОСК қол қойған баптау мүшелер мен кандидаттарды өзі қамтиды: оларды бөлек файлмен "
        "бермеңіз",
        "подписанная ЦИК настройка сама содержит членов комиссий и кандидатов: не указывайте "
        "их отдельными файлами",
        "the setup the CEC signed holds the members and the candidates: give no separate "
        "files for them",
    ),
    "setup.file-no-definition": N(
        "{file}: ОСК қол қойған {election} сайлау анықтамасы бұл компьютерде жоқ",
        "{file}: определения выборов {election}, подписанного ЦИК, нет на этом компьютере",
        "{file}: the election definition {election} the CEC signed is not on this computer",
    ),
    "setup.definition-differs": N(
        "{file}: {election} сайлау анықтамасы ОСК қол қойғаннан өзгеше",
        "{file}: определение выборов {election} отличается от подписанного ЦИК",
        "{file}: the election definition {election} differs from the one the CEC signed",
    ),
    "setup.not-cec": N(
        "{file}: баптауға {signer} қол қойған, ол ішіндегі мүшелер файлы бойынша ОСК төрағасы "
        "да, хатшысы да емес; ештеңе жасалмады",
        "{file}: настройку подписал {signer}, который по вложенному файлу членов не является "
        "ни председателем, ни секретарём ЦИК; ничего не создано",
        "{file}: the setup is signed by {signer}, who is neither the chair nor the secretary "
        "of the CEC by the members file it holds; nothing was created",
    ),
    "audit.signed-setup-missing": N(
        "ОСК қол қойған баптау файлы (жазба {entry}) дерекқорда жоқ",
        "подписанный ЦИК файл настройки (запись {entry}) отсутствует в базе",
        "the setup file the CEC signed (entry {entry}) is no longer in the database",
    ),
    "audit.signed-setup-differs": N(
        "сайлаудың «{part}» бөлігі {signer} қол қойған баптаудан өзгеше (жазба {entry})",
        "часть «{part}» выборов отличается от настройки, подписанной {signer} (запись {entry})",
        "the election's {part} differs from the setup {signer} signed for the CEC (entry {entry})",
    ),
    "audit.signed-setup-unreferenced": N(
        "ОСК қол қойған баптау ({sha256}…) сақталған, бірақ журналдың баптау жазбасы оны атамайды",
        "подписанная ЦИК настройка ({sha256}…) хранится, но запись настройки в журнале её не "
        "называет",
        "a setup signed by the CEC ({sha256}…) is kept, but the record's setup entry does not "
        "name it",
    ),
    "amendment.refused": N(
        "құрам өзгерісіне қол қою мүмкін емес",
        "подписать изменение состава нельзя",
        "the roster change cannot be signed",
    ),
    "amendment.no-session": N(
        "өзгеріске кірген мүше өз кілтімен қол қояды: --member ЖСН көрсетіңіз",
        "изменение подписывает вошедший член комиссии своим ключом: укажите --member ИИН",
        "the member who signs in signs the change with their own key: give --member IIN",
    ),
    "amendment.not-yours": N(
        "{signer} кілті кірген мүшенікі емес ({member}): әркім өз кілтімен қол қояды",
        "ключ {signer} не принадлежит вошедшему члену комиссии ({member}): каждый "
        "подписывает своим ключом",
        "the key of {signer} is not the signed-in member's ({member}): each signs with their "
        "own key",
    ),
    "amendment.not-cec": N(
        "{signer} ОСК төрағасы да, хатшысы да емес",
        "{signer} не является ни председателем, ни секретарём ЦИК",
        "{signer} is neither the chair nor the secretary of the CEC",
    ),
    "amendment.missing": N(
        "қол қойылған өзгеріс файлы дерекқорда жоқ",
        "файл подписанного изменения отсутствует в базе",
        "the signed change's file is no longer in the database",
    ),
    "amendment.format": N(
        "қол қойылған өзгеріс файлы оқылмайды",
        "файл подписанного изменения не читается",
        "the signed change's file cannot be read",
    ),
    "audit.amendment-unverified": N(
        "{commission} құрамының өзгерісі (жазба {entry}) қолмен расталмады: {reason}",
        "изменение состава {commission} (запись {entry}) не подтверждено подписью: {reason}",
        "the roster change of {commission} (entry {entry}) is not proven by its signature: "
        "{reason}",
    ),
    "audit.amendment-differs": N(
        "{commission} құрамы (жазба {entry}) {signer} қол қойған өзгерістен өзгеше",
        "состав {commission} (запись {entry}) отличается от изменения, подписанного {signer}",
        "the roster of {commission} (entry {entry}) differs from the change {signer} signed",
    ),
}
