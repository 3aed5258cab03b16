"""Given names that are one name in several forms, which no spelling rule turns into
each other: the Greek formal name and its everyday form (Γεώργιος / Γιώργος, Georgios /
Yiorgos), the Russian and Ukrainian forms of one name (Дмитрий / Дмитро, Sergei / Serhii),
and the common romanisations of Arabic given names (Mohamed / Muhammad, Khaled /
Chalid). Written here from general knowledge of these naming conventions; nicknames
(Bill for William) are left out: a partner writes a person's name, not what friends
call them.

Each line is one name; its words are spellings of it, read like any name
(:func:`~liaison.analysis.xref.names.token_readings`), so one spelling stands for the
transliterations the readings already join.
"""

from __future__ import annotations

_GROUPS = """
Georgios Giorgos Yiorgos Yorgos Giorgis
Ioannis Giannis Yannis Yiannis
Vasileios Vasilios Vasilis Vassilis
Konstantinos Constantinos Kostas Costas
Dimitrios Demetrios Dimitris
Nikolaos Nikos Nikolas
Panagiotis Panayiotis Panos
Spyridon Spyros Spiros
Christos Hristos
Athanasios Thanasis
Emmanouil Manolis
Evangelos Vangelis
Charalampos Charalambos Haralambos Babis
Michail Michalis
Theodoros Thodoris
Anastasios Tasos
Eleftherios Lefteris
Stylianos Stelios
Antonios Antonis
Alexandros Alexis
Aikaterini Ekaterini Katerina Kateryna Yekaterina
Panagiota Giota Yiota
Dmitri Dmitry Dmytro Dimitri
Aleksandr Oleksandr Aleksander
Aleksandra Oleksandra
Sergei Serhii Serhiy
Andrei Andrii Andriy
Aleksei Oleksii Oleksiy
Vladimir Volodymyr
Nikolai Mykola
Mikhail Mykhailo
Yuri Yurii Iouri
Elena Olena Yelena
Natalia Nataliia
Tatiana Tetiana
Olga Olha
Irina Iryna
Pavel Pavlo
Pyotr Petr Petro
Georgi Heorhii Heorhiy
Grigori Hryhorii Hryhoriy
Yevgeni Yevhen Ievgen Evgueni
Oleg Oleh
Igor Ihor
Vasili Vasyl
Fyodor Fedor Fedir
Galina Halyna
Lyudmila Liudmyla
Svetlana Svitlana
Bogdan Bohdan
Kirill Kyrylo
Anna Hanna Ganna
Mohamed Mohammed Muhammad Mohammad Mohamad Muhamed
Ahmed Ahmad
Mahmoud Mahmud Mahmood
Mustafa Mostafa Moustafa Mustapha
Youssef Yusuf Yousef Yousif Youcef Jusuf
Abdallah Abdullah Abdellah
Hussein Husayn Hussain Hossein Houssein
Hassan Hasan
Khaled Khalid Chalid
Omar Umar
Ibrahim Brahim Ebrahim
Ismail Smail Ismael
Said Saeed
Rachid Rashid Rasheed
Karim Kareem
Jamal Gamal Djamel Jamel
Nasser Nasir Naser
Walid Waleed Oualid
Hicham Hisham Hesham
Tarek Tariq Tarik
Fatima Fatma Fatimah
Aicha Aisha Aysha
Khadija Khadidja Chadija
Leila Layla Laila Leyla
Zineb Zainab Zaynab Zeinab
Amine Amin Ameen
Mourad Murad
Jamila Djamila Gamila
Nour Noor
Souad Suad
Mariam Maryam Meryem
Yassine Yasin Yassin Yacine
Ayoub Ayyub Ayub
Othmane Osman Uthman Othman
Abderrahmane Abdelrahman Abdulrahman Abdurrahman
Soufiane Sufyan Sofiane
Driss Idris Idriss
Younes Yunus Younis
Zakaria Zakariya Zakariyya
Fahd Fahad
Faisal Faysal Faycal
Hany Hani
Ayman Aiman
Sherif Sharif Cherif
Adel Adil
Majid Majed Magid Maged
Nabil Nabeel
Reem Rim
Huda Houda Hoda
Mona Muna
Hiba Heba
Issa Eissa
Moussa Musa Mousa
"""


def groups() -> list[list[str]]:
    """The names, each as its spellings."""
    return [line.split() for line in _GROUPS.strip().splitlines()]
