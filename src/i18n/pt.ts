/** Português (Brasil): keys mirror en.ts; the compiler and a unit test keep them in step. */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const ptPage: Record<PageKey, string> = {
  'panel.title': 'Não consegue obter seu código?',
  'panel.title.notice': 'Sobre a mensagem do X',
  'panel.title.choose-method': 'Escolha um método que você ainda consiga usar',
  'panel.title.settings': 'Obtenha um código para o dispositivo sem acesso',
  'panel.title.password-change': 'Vai trocar a senha? Garanta que você consiga voltar a entrar',
  'panel.title.method-off': 'Vai desativar um método? Garanta que você consiga voltar a entrar',
  'panel.more.places': 'Outros lugares para procurar',
  'panel.more.device': 'Onde clicar nesse dispositivo',
  'panel.more-below': 'Continua abaixo',
  'panel.close': 'Fechar o painel de ajuda',
  'panel.intro.choose-method':
    'O X lista os métodos de autenticação em duas etapas que você ativou. Escolha um que você ainda consiga usar; um código de backup salvo também serve.',
  'panel.intro.settings':
    'Aqui você já entrou no X. Nestas páginas, você pode obter um código de backup ou uma senha temporária para o dispositivo sem acesso.',
  'notice.limited.title': 'O X limitou por enquanto os logins deste dispositivo',
  'notice.limited.body':
    'Essa mensagem não quer dizer que o código ou a senha estejam errados. Espere um pouco, como o X pede, e depois entre usando um dispositivo ou uma rede que o X conheça: o celular ou o computador que você costuma usar, ou o Wi-Fi de casa. Não fique tentando de novo aqui.',
  'notice.unread':
    'Se a mensagem do X disser que ele limitou os logins por enquanto, não quer dizer que o código ou a senha estejam errados: espere um pouco e depois entre usando um dispositivo ou uma rede que o X conheça, como o celular de sempre ou o Wi-Fi de casa.',

  'places.title': 'Onde seu código pode estar',
  'places.app.title': 'Aplicativo de autenticação',
  'places.app.body':
    'Abra o Google Authenticator, o Microsoft Authenticator, o Authy, o 1Password ou um aplicativo parecido e procure X ou Twitter. No iPhone, procure também no aplicativo Senhas (iOS 18 ou mais recente) ou em Ajustes → Senhas (versões anteriores): x.com ou twitter.com → Código de Verificação.',
  'places.app.note': 'Reinstalar o aplicativo não recupera os códigos, a menos que eles estejam salvos em um backup.',
  'places.sms.title': 'Mensagem de texto',
  'places.sms.body': 'Com X Premium, o X envia o código por mensagem de texto para o número de telefone da sua conta.',
  'places.sms.resend': 'Se não chegar, o próprio link do X nesta etapa pode enviar o código de novo.',
  'places.sms.digits': 'Segundo esta página, esse número termina em {digits}. Ele ainda é seu? Se não for, nenhuma mensagem vai chegar para você.',
  'places.sms.note': 'Sem X Premium, nenhuma mensagem vai chegar: desde 2023, o X só envia códigos por mensagem de texto para contas Premium.',
  'places.backup.title': 'Código de backup',
  'places.backup.body':
    'O X mostrou códigos de backup quando você ativou a autenticação em duas etapas. Procure em capturas de tela, no seu gerenciador de senhas, em notas ou em uma cópia impressa. Cada código funciona uma única vez.',
  'places.key.title': 'Chave de segurança',
  'places.key.body': 'Insira a chave que você cadastrou ou toque nela, e siga as instruções do navegador.',
  'places.passkey':
    'Você salvou uma chave de acesso para o X? Em um dispositivo que a tenha, o login do X pode oferecê-la logo no início, antes da senha. Vale a pena tentar.',

  'device.title': 'Um dispositivo ainda conectado',
  'device.body':
    'O X ainda está conectado em algum lugar? Se você trocou a senha, tente primeiro o celular ou o computador onde trocou: o X mantém esse dispositivo conectado. Depois, um celular antigo, um tablet, outro navegador ou outro perfil do navegador (janelas anônimas não guardam o login). Lá, o X pode mostrar um código que você pode usar aqui.',
  'device.web': 'Em um navegador:',
  'device.narrow': 'Em uma tela estreita, comece por {profileMenu} em vez de “{more}”.',
  'device.or': 'ou',
  'device.app': 'No aplicativo do X:',
  'device.password': 'O X pode pedir sua senha antes de mostrar um código.',
  'device.warning': 'Não troque a senha lá: o X desconectaria todos os seus outros dispositivos, e cada um pediria um código de novo.',

  'method.title': 'Outro método',
  'method.present': 'Abaixo do campo do código, “{chooseMethod}” mostra os outros métodos que você ativou, como um código de backup.',
  'method.absent':
    'Se o X oferecer outra forma de verificação abaixo do campo do código, essa opção mostra os outros métodos que você ativou, como um código de backup.',
  'method.show': 'Mostrar onde',
  'method.hide': 'Ocultar o indicador',

  'support.title': 'Suporte do X',
  'support.body':
    'Se nada disso funcionar, peça ajuda ao X pelo formulário de acesso à conta. Você precisa ter acesso ao e-mail cadastrado na conta: sem ele, o X geralmente não consegue confirmar que a conta é sua, e não aceita documentos de identidade. As respostas podem levar dias.',
  'support.link': 'Abrir o formulário de acesso à conta do X',
  'support.new-tab': '(abre em uma nova aba)',
  'support.form-trouble': 'Se o formulário não carregar ou disser que este navegador não é compatível, tente outro navegador ou uma janela anônima.',
  'support.scams': 'Ignore quem oferecer “recuperar” sua conta em troca de dinheiro ou pedir sua senha: só o X pode devolver seu acesso.',

  'path.title': 'Como chegar ao seu código de backup',
  'path.here': 'Você está aqui',
  'path.item.profile-menu': 'sua foto de perfil (no canto superior esquerdo)',
  'path.item.login-code': 'Código de login (“Show login code”)',
  'path.section': '(na seção “{section}”)',

  'launcher.label': 'Abrir o 2FA Rescue: ajuda com códigos de autenticação em duas etapas',
  'launcher.glyph': '2FA',
  'assistant.open': 'Planejar como voltar a entrar',
  'composer.open': 'Escrever meu pedido ao Suporte do X',
  'assistant.load-failed': 'Não foi possível carregar esta parte. Recarregue a página ou use a lista de passos do botão da extensão na barra de ferramentas.',
};

export const ptPopup: Record<PopupKey, string> = {
  'popup.new-tab': '(abre em uma nova aba)',
  'popup.title': '2FA Rescue for X',
  'popup.intro':
    'Não consegue entrar por causa do código de autenticação em duas etapas do X? Tente estes passos, de cima para baixo. Suas marcações ficam salvas neste dispositivo.',
  'popup.progress': '{done} de {total} concluídos',
  'popup.reset': 'Desmarcar tudo',
  'popup.save-failed': 'Não foi possível salvar suas marcações; elas serão perdidas quando esta janela for fechada.',
  'popup.support-link': 'Formulário de acesso à conta',
  'popup.form-trouble': 'Se o formulário não carregar ou disser que este navegador não é compatível, tente outro navegador ou uma janela anônima.',
  'popup.scams': 'Ignore quem oferecer “recuperar” sua conta em troca de dinheiro ou pedir sua senha: só o X pode devolver seu acesso.',

  'popup.guides.intro': 'Em um dispositivo ainda conectado, cada guia mostra onde clicar nas configurações do X.',
  'popup.guide.backup-code': 'Obter um código de backup',
  'popup.guide.temporary-password': 'Obter uma senha temporária',
  'popup.guide.two-factor-methods': 'Trocar de método de verificação',
  'popup.guide.resume': 'Continuar: {guide}',
  'popup.guide.failed': 'Não foi possível iniciar o guia. Abra o x.com em uma aba e tente de novo.',
  'checkup.title': 'Conseguiu entrar? Evite que isso aconteça de novo',
  'checkup.backup.title': 'Salve novos códigos de backup',
  'checkup.backup.body': 'Imprima os códigos ou guarde-os em um gerenciador de senhas, não só no celular.',
  'checkup.contact.title': 'Confira se o e-mail e o telefone da sua conta do X estão atualizados',
  'checkup.contact.body':
    'O Suporte do X escreve para esse e-mail e o usa para confirmar que a conta é sua. Códigos por mensagem de texto só chegam a contas com X Premium.',
  'checkup.app.title': 'Tenha uma segunda forma de obter seus códigos de autenticação em duas etapas',
  'checkup.app.body':
    'Use o backup ou a exportação do próprio aplicativo de autenticação, ou adicione o X a ele em um segundo dispositivo. Uma segunda chave de segurança cadastrada no X também serve.',
  'checkup.guide': 'Mostrar como',
  'checkup.ticked-on': 'Marcado em {date}',
  'popup.reminder.title': 'Reative seu método de autenticação em duas etapas',
  'popup.reminder.body':
    'Quando tiver entrado no outro dispositivo, reative o método nas configurações do X e salve novos códigos de backup. Depois, marque este item.',

  'check.app.title': 'Procure nos seus aplicativos de autenticação',
  'check.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password; no iPhone, o aplicativo Senhas ou Ajustes → Senhas (x.com ou twitter.com).',
  'check.backup.title': 'Procure códigos de backup salvos',
  'check.backup.body': 'Capturas de tela, gerenciador de senhas, notas, cópias impressas.',
  'check.key.title': 'Tente usar sua chave de segurança',
  'check.key.body':
    'Se você cadastrou uma: na etapa do código do X, escolha a chave de segurança entre os outros métodos e depois insira a chave ou toque nela.',
  'check.sms.title': 'Confira as mensagens de texto',
  'check.sms.body': 'Só com X Premium: o X envia o código por mensagem de texto para o número de telefone da sua conta, se esse número ainda for seu.',
  'check.device.title': 'Encontre um dispositivo ainda conectado',
  'check.device.body':
    'Primeiro, o celular ou o computador onde você trocou a senha (o X mantém esse dispositivo conectado); depois, um celular antigo, um tablet, outro navegador ou outro perfil do navegador.',
  'check.code.title': 'Nesse dispositivo, obtenha um código de backup ou uma senha temporária',
  'check.code.body': 'Configurações e privacidade → Segurança e acesso à conta → Segurança → Autenticação em duas etapas.',
  'check.switch.title': 'Ou troque de método enquanto ainda está conectado',
  'check.switch.body': 'Desative o método que você não consegue usar e entre aqui; depois, reative o método e salve novos códigos de backup.',
  'check.support.title': 'Peça ajuda ao Suporte do X',
  'check.support.body': 'Use o formulário de acesso à conta. Você precisa do seu e-mail cadastrado; as respostas podem levar dias.',
  'check.save.title': 'Conseguiu entrar? Salve novos códigos de backup',
  'check.save.body': 'Imprima os códigos ou guarde-os em um gerenciador de senhas, não só no celular.',
};

export const ptAssistant: Record<AssistantKey, string> = {
  'assistant.title': 'O que você ainda tem?',
  'assistant.intro':
    'Marque o que você ainda consegue usar. O plano abaixo mostra primeiro o passo mais promissor. Suas respostas ficam salvas neste dispositivo até você apagá-las.',
  'assistant.clear': 'Apagar minhas respostas',
  'have.email': 'A caixa de entrada do e-mail cadastrado no X',
  'have.phone': 'O número de telefone cadastrado no X',
  'have.device': 'Um celular, tablet ou navegador ainda conectado ao X',
  'have.backup': 'Códigos de backup salvos',
  'have.app': 'O aplicativo de autenticação onde está o X',
  'have.key': 'A chave de segurança cadastrada no X',
  'plan.title': 'Seu plano',
  'plan.next': 'Faça isto primeiro',
  'plan.backup': 'Use um código de backup: abaixo do campo do código, escolha “{chooseMethod}” e depois o código de backup.',
  'plan.backup.described':
    'Use um código de backup: abaixo do campo do código, escolha o link que oferece outra forma de verificação e depois o código de backup.',
  'plan.app': 'Abra o aplicativo de autenticação e digite o código que ele mostra para X ou Twitter antes que o código mude.',
  'plan.key': 'Use sua chave de segurança: abaixo do campo do código, escolha “{chooseMethod}” e depois a chave de segurança.',
  'plan.key.described':
    'Use sua chave de segurança: abaixo do campo do código, escolha o link que oferece outra forma de verificação e depois a chave de segurança.',
  'plan.device':
    'No dispositivo que ainda está conectado, obtenha um código de backup ou uma senha temporária (os guias do botão desta extensão na barra de ferramentas mostram como), ou desative por um momento o método que você não consegue usar.',
  'plan.phone':
    'Se sua conta tem X Premium e as mensagens de texto estão ativadas, escolha “Mensagem de texto” entre os métodos. Sem Premium, nenhuma mensagem vai chegar.',
  'plan.support':
    'Peça ajuda ao Suporte do X pelo formulário de acesso à conta e depois aguarde a resposta na caixa de entrada do e-mail cadastrado (confira também a pasta de spam). O pedido abaixo está pronto para copiar.',
  'plan.recover-email': 'Primeiro, tente recuperar essa conta de e-mail pelas opções de recuperação do seu provedor de e-mail: o Suporte do X responde lá.',
  'plan.scams': 'Ignore quem oferecer “recuperar” sua conta em troca de dinheiro ou pedir sua senha: só o X pode devolver seu acesso.',
  'plan.second-account': 'Enquanto isso, você pode usar uma segunda conta para contar aos seus seguidores o que aconteceu.',
  'outlook.good': 'Com isso, é muito provável que você consiga voltar a entrar sem ajuda.',
  'outlook.support': 'Para voltar a entrar, sua opção é o Suporte do X. As respostas podem levar vários dias.',
  'outlook.hard':
    'Para ser sincero, este é o caso mais difícil: sem o e-mail cadastrado, um código que funcione ou um dispositivo conectado, o X geralmente não consegue confirmar que a conta é sua, e não aceita documentos de identidade. Recuperar esse e-mail é a sua melhor chance.',

  'composer.title': 'Seu pedido ao Suporte do X',
  'composer.intro': 'Preencha o que você souber e nós escrevemos um pedido curto. Nada é enviado: copie e cole no formulário do X.',
  'composer.page-sees': 'A página do X pode ver o que você digita aqui, como tudo o que é digitado no x.com. De qualquer forma, o pedido é para o X.',
  'composer.tip': 'O X entende melhor o inglês. Se puder, escreva com suas próprias palavras em inglês; uma tradução automática serve.',
  'composer.username': 'Seu nome de usuário do X',
  'composer.email': 'E-mail cadastrado na conta',
  'composer.email-missing': 'Se puder, informe o e-mail cadastrado na conta: sem ele, o X geralmente não consegue confirmar que a conta é sua.',
  'composer.happened': 'O que aconteceu',
  'composer.tried': 'O que você já tentou',
  'composer.ask': 'O que você pede ao X',
  'composer.empty-hint': 'Se ficar vazio, usamos uma frase padrão.',
  'composer.cut': 'Este campo aceita até {max} caracteres. O que você digitou foi cortado para caber: confira como termina.',
  'composer.english': 'Em inglês: cole isto',
  'composer.both': 'Primeiro no seu idioma, para você conferir, depois em inglês para o X: cole tudo',
  'composer.count': '{count} caracteres',
  'composer.copy': 'Copiar o pedido',
  'composer.copied': 'Texto copiado. Cole no formulário do X.',
  'composer.copy-failed':
    'A cópia foi bloqueada. O texto está selecionado: pressione Ctrl+C (⌘C no Mac) ou toque no texto, mantenha pressionado e escolha Copiar.',
  'composer.form-tip':
    'No formulário, escolha as opções sobre login ou autenticação em duas etapas, informe o e-mail cadastrado e cole o pedido no campo de detalhes.',

  'risk.password.title': 'Antes de trocar sua senha',
  'risk.password.body':
    'Trocar a senha desconecta seus outros dispositivos, e cada um vai pedir um código de autenticação em duas etapas. Confira se você terá um.',
  'risk.method.title': 'Antes de desativar um método',
  'risk.method.body':
    'O próximo login vai pedir um dos métodos que continuarem ativados; se este for o último, a autenticação em duas etapas é desativada e o X só vai pedir sua senha. Confira se você consegue usar o que restar.',
  'ready.backup-saved': 'Tenho um código de backup salvo em outro lugar, fora deste dispositivo',
  'ready.methods-known':
    'Consigo abrir meu aplicativo de autenticação ou usar minha chave de segurança (ou receber mensagens de texto, se a conta tiver X Premium)',
  'ready.contact-checked': 'Consigo ler a caixa de entrada do e-mail cadastrado no X',
  'risk.get-backup': 'Obter primeiro um código de backup',
  'risk.password.ready':
    'Você tem uma forma de voltar a entrar: deixe-a à mão. A troca vai desconectar seus outros dispositivos, e cada um vai pedir um código.',
  'risk.method.ready': 'Você tem uma forma de voltar a entrar: deixe-a à mão para o próximo login.',

  'message.subject': 'Não consigo acessar minha conta por causa da autenticação em duas etapas: {username}',
  'message.greeting': 'Prezada equipe de Suporte do X,',
  'message.account': 'Conta: {username}',
  'message.email': 'E-mail cadastrado: {email}',
  'message.happened': 'O que aconteceu: {text}',
  'message.tried': 'O que já tentei: {text}',
  'message.ask': 'Meu pedido: {text}',
  'message.thanks': 'Agradeço desde já pela ajuda.',
  'message.default.happened': 'Não consigo mais obter meu código de autenticação em duas etapas para entrar.',
  'message.default.tried': 'Não encontrei outra forma de obter um código.',
  'message.default.ask': 'Peço que confirmem que a conta é minha e me ajudem a recuperar o acesso, por exemplo, desativando a autenticação em duas etapas.',
  'message.unknown': '(não informado)',
  'message.english-follows': '---------- O mesmo texto em inglês ----------',
};

export const ptGuide: Record<GuideKey, string> = {
  'guide.label': 'Guia do 2FA Rescue',
  'guide.step-count': 'Passo {n} de {total}',
  'guide.open-more': 'Abra “{label}” no menu à esquerda.',
  'guide.open-drawer': 'Toque na sua foto de perfil, no canto superior esquerdo, para abrir o menu.',
  'guide.choose': 'Escolha “{label}”.',
  'guide.password': 'O X pede sua senha primeiro. Digite a senha no próprio campo do X: esta extensão não a lê. O guia fica esperando aqui.',
  'guide.done.backup-code':
    'Pronto: este é o seu código de backup. Anote ou faça uma captura de tela e guarde em outro lugar, fora deste dispositivo. Ele funciona uma única vez, no dispositivo que pedir um código.',
  'guide.done.temporary-password':
    'Pronto: gere aqui uma senha temporária e use-a para entrar no outro dispositivo. Ela para de funcionar depois de um tempo, por isso, use-a logo.',
  'guide.done.two-factor-methods':
    'Estes são seus métodos de autenticação em duas etapas. Para entrar no dispositivo sem acesso, desmarque o que você não consegue usar lá (se for o único, a autenticação em duas etapas é desativada), entre e depois volte aqui: ative o método de novo e salve novos códigos de backup. A janela da extensão vai lembrar você disso.',
  'guide.fallback': 'Esta página não mostra isso no lugar esperado. Procure por conta própria:',
  'guide.found': 'Encontrei',
  'guide.skip': 'Pular este passo',
  'guide.end': 'Sair do guia',
  'guide.finish': 'Concluir',
  'guide.return': 'Voltar para onde você estava (nova aba)',
  'guide.needs-login': 'Este guia é para um dispositivo ainda conectado ao X. Use-o lá ou entre aqui primeiro.',
  'guide.leave-method-off':
    'Esta janela do X desativa um método. Primeiro, cancele ou feche a janela: nada muda até você confirmar nela. O guia continua a partir da página de configurações.',
  'guide.temporary-password-missing':
    'Esta conta não tem a opção “Senha temporária”: o X só oferece essa opção a algumas contas. Um código de backup faz o mesmo papel.',
  'guide.switch.backup-code': 'Obter um código de backup em vez disso',
  'guide.title.backup-code': 'Obter um código de backup',
  'guide.title.temporary-password': 'Obter uma senha temporária',
  'guide.title.two-factor-methods': 'Trocar de método de verificação',
};
