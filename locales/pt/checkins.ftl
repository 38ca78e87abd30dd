# Como estão os jovens («tu»; o mentor nunca vê a resposta).
checkin-ask = 🌤 Como estás nestes dias? (A tua resposta fica entre ti e a equipa: o teu mentor ou a tua mentora não a vê.)
checkin-face-1 = 😞
checkin-face-2 = 🙁
checkin-face-3 = 😐
checkin-face-4 = 🙂
checkin-face-5 = 😄
checkin-off = 🔕 Não me perguntar mais
checkin-off-done = Está bem, não voltamos a perguntar. Podes sempre escrever ao teu mentor ou à tua mentora.
checkin-which-theme = Obrigado! O que é que te pesa mais neste momento? (opcional)
checkin-skip = Saltar
checkin-thanks = Obrigado, está anotado. 💛
checkin-already = Já respondeste a esta pergunta.
checkin-low-question = Obrigado por me contares. 💛 Estás em segurança agora?
checkin-mentor-low = 🌱 Talvez seja uma boa altura para saber como está { $name }.

# Quando uma ligação termina («tu»).
feedback-helped = A tua ligação com o teu mentor ou a tua mentora terminou. Ajudou-te? (1 = nada, 5 = muito)
feedback-helped-1 = 1
feedback-helped-2 = 2
feedback-helped-3 = 3
feedback-helped-4 = 4
feedback-helped-5 = 5
feedback-recommend = Recomendavas a um amigo ou a uma amiga?
feedback-recommend-yes = Sim
feedback-recommend-maybe = Talvez
feedback-recommend-no = Não
feedback-thanks = Obrigado pela tua resposta! 💛 Ajuda a equipa a fazer melhor.
feedback-thanks-words = Obrigado pela tua resposta! 💛 Queres acrescentar umas palavras para a equipa? Ela vai lê-las sem o teu nome, com as de outros jovens.
feedback-add-words = ✍️ Acrescentar umas palavras
feedback-no-words = Não, obrigado
feedback-words-ask = Escreve-as aqui, numa só mensagem ({ $most } caracteres no máximo). A equipa vai lê-las sem o teu nome, com as de pelo menos outros quatro jovens. /cancel para desistir.
feedback-words-too-long = Está um pouco longo: { $most } caracteres no máximo, por favor. Podes encurtar e enviar de novo.
feedback-words-thanks = Obrigado, fica registado. 💛 A equipa vai lê-las sem o teu nome.
feedback-words-copil =
    💬 <b>Palavras de jovens no fim do acompanhamento</b> · { $team }
    (sem nomes, sem ordem: chegam de cinco em cinco ou mais para que ninguém seja reconhecível)

    { $words }
