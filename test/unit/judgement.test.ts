// What counts as technology and as duties, and whose text is whose: every
// example of the README's Rules section is a case here, in the same words.
import assert from 'node:assert/strict';
import { checker, coverageOf, rolesIn } from './helpers.js';

/** The coverage of one role of `markdown` as `T`/`-` (technology) and `D`/`-` (duties). */
function of(markdown: string, roleId: string): string {
  const role = checker.check(markdown).coverage.roles.find((r) => r.id === roleId);
  assert.ok(role, `${roleId} is not named in: ${markdown}`);
  return `${role.technology ? 'T' : '-'}${role.duties ? 'D' : '-'}`;
}

describe('technology in other words (technology.ts)', () => {
  const tech = (sentence: string, roleId = 'dialysis-technician'): boolean => of(sentence, roleId).startsWith('T');

  it('counts a generic head made specific by what follows it', () => {
    assert.ok(tech('Dialysis technicians look after the machines that clean a patient\'s blood.'));
    assert.ok(tech('Radiographers operate scanners that use a very strong magnet and radio waves.', 'radiographer'));
    assert.ok(tech('Clinical engineers repair the pumps that drip medicine into a vein.', 'clinical-engineer'));
    assert.ok(tech('AI specialists build computer programs that learn from thousands of scans.', 'healthcare-ai-specialist'));
    assert.ok(tech('Clinical coders enter data into software used to manage hospital records.', 'clinical-coder'));
    assert.ok(tech('AI specialists write computer programs that can spot tumours on scans.', 'healthcare-ai-specialist'));
    assert.ok(!tech('Clinical engineers fix machines that can be expensive.', 'clinical-engineer'));
    // A programme that is a course is no software.
    assert.ok(!tech('Clinical scientists have to do a very long training programme called the STP which takes three years.', 'clinical-scientist'));
    // A head in capitals mid-sentence ends a proper name: a course, not a device.
    assert.ok(!tech('Medical physicists have done the Scientist Training Programme, which trains them in radiation physics.', 'medical-physicist'));
    assert.ok(tech('Dialysis technicians check that the blood is cleaned by a machine.'));
  });

  it('reads "every pump" as the pumps a block names before, and "every machine" in another paragraph as none', () => {
    const pumps = '- **Infusion pumps.** These give patients drugs at a set rate. The EBME technicians service every pump once a year. A medical device trainer came when the new model arrived.';
    assert.equal(of(pumps, 'biomedical-technologist'), 'TD');
    assert.equal(of('The ODP checks the diathermy machine.\n\nI met a clinical engineer who knows every machine in the hospital.', 'clinical-engineer'), '--');
  });

  it('reads "into it" after a duty as pointing back at the technology before', () => {
    const text = '* EPR - this is where everything about the patient is kept. Health records managers are in charge of the EPR. Medical records clerks scan the old paper notes into it so that nothing is lost.';
    assert.equal(of(text, 'medical-records-technician'), 'TD');
  });

  it('reads "the switch" beside the network\'s places and kit as a network switch, and no other switch', () => {
    assert.ok(tech('A network technician came and restarted the switch in the comms cupboard.', 'network-engineer'));
    assert.ok(!tech('The radiographer steps behind the screen and presses the switch.', 'radiographer'));
  });
  it('reads "the socket" beside a stump or limb as part of a prosthetic limb, and a plug socket not', () => {
    assert.ok(tech('Prosthetists take a scan of the stump and design the socket on a computer.', 'prosthetist-orthotist'));
    assert.ok(!tech('The clinical engineer tested the plug socket on the ward.', 'clinical-engineer'));
  });
  it('reads treatment-planning software as the radiotherapy planning system', () => {
    assert.equal(of('The treatment is planned by medical physicists, who use specialised treatment-planning software to calculate the dose.', 'medical-physicist'), 'TD');
  });

  it('reads an image recognition program as AI software', () => {
    assert.equal(of('An AI specialist can train an image recognition program to pick out cancer cells on scanned slides.', 'healthcare-ai-specialist'), 'TD');
  });

  it('reads "radiotherapy" as a treatment, not its machine', () => {
    assert.equal(of('In radiotherapy the medical physicists calculate the dose for each patient.', 'medical-physicist'), '-D');
    assert.equal(of('Medical physicists calibrate the radiotherapy machines every morning.', 'medical-physicist'), 'TD');
  });

  it('counts a physical principle and a technology used as a verb', () => {
    assert.ok(tech('Sonographers make pictures with high-frequency sound waves.', 'sonographer'));
    assert.ok(tech('Radiographers give patients a small dose of radiation to make an image.', 'radiographer'));
    assert.ok(tech('Radiographers compare patients they have already X-rayed.', 'radiographer'));
    // A substance is not a technology.
    assert.ok(!tech('Nuclear medicine technologists inject a radioactive tracer.', 'nuclear-medicine-technologist'));
  });

  it('counts specific devices missing from the dataset, from WordNet and the phrase list', () => {
    assert.ok(tech('Dialysis technicians replace the dialyser after each session.'));
    assert.ok(tech('Dialysis technicians test the water from the water treatment plant.'));
    assert.ok(tech('Biomedical scientists spin samples in a centrifuge.', 'biomedical-scientist'));
    assert.ok(tech('Prosthetists make false legs and arms for people who have lost them.', 'prosthetist-orthotist'));
    // Office machines are as generic as "computers"; a label printer is not.
    assert.ok(!tech('Pathology IT technicians look after the computers and printers.', 'pathology-it-technician'));
    assert.ok(!tech('Network engineers make sure the computers and the internet in the hospital are working.', 'network-engineer'));
    assert.ok(tech('Pathology IT technicians fix the label printer.', 'pathology-it-technician'));
    // "add on a test" is a verb, not an add-on.
    assert.ok(!tech('Clinical scientists decide if extra tests need adding on, for example they might add on a PTH.', 'clinical-scientist'));
    // "xrays" written as one word, in the plural too.
    assert.ok(tech('A radiographer takes xrays of people when they have hurt themselves.', 'radiographer'));
    // "an echo" beside the heart or a scan is an echocardiogram.
    assert.ok(tech('The cardiac technician did an echo (heart scan) on my patient.', 'cardiac-physiologist'));
    assert.ok(!tech('Audiologists heard an echo in the corridor.', 'audiologist'));
    // A needle that takes blood, or that the role uses; not one counted among the swabs, nor what patients fear.
    assert.ok(tech('A third role is a phlebotomist. They use needles and blood bottles.', 'phlebotomy-technician'));
    assert.ok(!tech('ODPs keep a careful count of swabs and needles.', 'surgical-technologist'));
    assert.ok(!tech('Phlebotomists are kind, because some people are scared of the needles and the blood tubes.', 'phlebotomy-technician'));
  });

  it('does not count a generic head made specific only by a clause with its own subject that says little', () => {
    assert.ok(!tech('Clinical engineers service the equipment that the wards rely on.', 'clinical-engineer'));
    assert.ok(tech('Clinical coders work in software that the hospital uses to record every diagnosis.', 'clinical-coder'));
  });

  it('does not count a generic head alone, or made specific only by what stands before it', () => {
    assert.ok(!tech('Dialysis technicians look after the machines.'));
    assert.ok(!tech('Clinical engineers repair equipment, machines, devices, computers and systems.', 'clinical-engineer'));
    assert.ok(!tech('Sonographers scan patients using imaging machines.', 'sonographer'));
    assert.ok(!tech('Clinical engineers fix the scanners.', 'clinical-engineer'));
  });

  it('counts "the machines" only when it points back within its own paragraph', () => {
    assert.ok(tech('Hospitals have haemodialysis machines. Biomedical engineers design the machines and test them.', 'biomedical-engineer'));
    assert.ok(!tech('Dialysis technicians set up the haemodialysis machines.\n\nBiomedical engineers design the machines and test them.\n', 'biomedical-engineer'));
  });

  it('counts "these machines" when it points back at a technology just named by another name', () => {
    const text = 'In haemodialysis the blood passes through an artificial kidney and back into the arm.\n\nRenal technicians are the staff who know these machines best.\n';
    assert.ok(tech(text, 'dialysis-technician'));
    assert.ok(!tech('In haemodialysis the blood passes through an artificial kidney.\n\nRenal technicians know the machines best.\n', 'dialysis-technician'));
  });

  it('counts "these scanners" when it points back at scanners just named', () => {
    const text = 'Hospitals have MRI and CT scanners.\n\nRadiographers use these scanners every day to take images.\n';
    assert.ok(tech(text, 'radiographer'));
    assert.ok(!tech('Radiographers use these scanners every day to take images.', 'radiographer'));
  });

  it('counts "the X" when X is the last word of a technology named before it in its paragraph', () => {
    assert.ok(tech('The theatre light in room 3 was flickering. The biomedical equipment technician swapped the bulb and checked the light.', 'biomedical-technologist'));
    assert.ok(!tech('Biomedical equipment technicians swapped the bulb and checked the light.', 'biomedical-technologist'));
  });

  it('counts a pronoun object that points back at a technology just named, not past a generic noun', () => {
    const told = 'Radiographers take X-rays. Sister complained about the new e-obs system. "The informatician who set it up never asked us," she said.';
    assert.ok(tech(told, 'health-informatician'));
    const generic = 'Biomedical engineers test prototypes of insulin pumps, whereas biomedical equipment technicians keep the existing devices working by testing them.';
    assert.ok(!tech(generic, 'biomedical-technologist'));
    // "it" is one thing: not the labels just named.
    assert.ok(!tech('A phlebotomist printed barcode labels. The blood goes to the biomedical scientists, who test it.', 'biomedical-scientist'));
    assert.ok(tech('A phlebotomist filled a vacutainer. The biomedical scientists spin it.', 'biomedical-scientist'));
    // "them" is not one thing named, unless it was one of several.
    assert.ok(!tech('A phlebotomist puts a barcode label on each tube. Then the lab technician tests them.', 'lab-technologist'));
    assert.ok(tech('Nurses use the infusion pump and the patient monitor. Clinical engineers test them.', 'clinical-engineer'));
  });

  it('does not count a website, where the student read something', () => {
    assert.ok(!tech('The NHS website says that clinical scientists train for three years.', 'clinical-scientist'));
  });

  it('does not count office IT, as generic as "computers"', () => {
    assert.ok(!tech('A biomedical engineer sits at a desk with two computer screens and a laptop.', 'biomedical-engineer'));
    assert.ok(tech('Pathology IT technicians set up the barcode printers.', 'pathology-it-technician'));
  });

  it('does not count a technology word that only names a place, or the role\'s own field', () => {
    assert.ok(!tech('Dialysis technicians work at dialysis centres and talk to patients.'));
    assert.ok(!tech('AI specialists use artificial intelligence to improve decisions.', 'healthcare-ai-specialist'));
  });

  it('shows what it read each technology phrase as', () => {
    const role = checker.check("Dialysis technicians look after the machines that clean a patient's blood and the dialyser.").coverage.roles[0]!;
    assert.deepEqual(
      role.technologyRead.map((t) => t.text),
      ['dialyser', "machines that clean a patient's blood"],
    );
    assert.match(role.technologyRead[1]!.as, /machine described by what it does/);
    // Evidence that runs over a line break reads as one line, as the hover shows it.
    const wrapped = checker.check('Dialysis technicians look after the dialysis\n   machines and service\n   them.').coverage.roles[0]!;
    assert.deepEqual(wrapped.technologyEvidence, ['dialysis machines', 'them']);
    assert.deepEqual(wrapped.dutyEvidence, ['look after the dialysis machines', 'service them']);
  });
});

describe('duties read from the clause (duties.ts)', () => {
  const duty = (markdown: string, roleId: string): boolean => of(markdown, roleId).endsWith('D');

  it('credits the role as subject, in a relative clause, and with "responsible for" or "their job involves"', () => {
    assert.ok(duty('Clinical engineers calibrate and repair infusion pumps.', 'clinical-engineer'));
    assert.ok(duty('I spoke to the medical records technician, who may be responsible for assigning the correct codes.', 'medical-records-technician'));
    assert.ok(duty('Medical device specialists are in charge of training ward staff.', 'medical-device-specialist'));
    assert.ok(duty('Phlebotomists are important. Their job involves the labelling of every sample.', 'phlebotomy-technician'));
  });

  it('reads a rough number after the verb as the start of its object ("take around 40 samples"), not as a preposition', () => {
    assert.ok(duty('Phlebotomists take around 40 blood samples a day.', 'phlebotomy-technician'));
    assert.ok(duty('Sonographers scan about twenty pregnant women a day.', 'sonographer'));
    assert.ok(duty('Phlebotomists take up to 40 blood samples a day.', 'phlebotomy-technician'));
    assert.ok(duty('Clinical coders code at least 50 episodes a day.', 'clinical-coder'));
    assert.ok(duty('Clinical coders code ~50 episodes a day.', 'clinical-coder'));
    // A preposition before no number is still one.
    assert.ok(!duty('Radiographers work under pressure around the clock.', 'radiographer'));
  });

  it('reads a note to self ("TODO:", "Note to self -") as the writer\'s, and "do backups" as an activity', () => {
    assert.ok(!duty('Operating department practitioners are in theatre.\nTODO: find out what they do in cardiac theatre', 'surgical-technologist'));
    assert.ok(!duty('Radiographers are in X-ray. Note to self - check what they do', 'radiographer'));
    assert.ok(duty('Note: radiographers position the patient.', 'radiographer'));
    assert.ok(duty('Cybersecurity analysts do backups of the data.', 'medical-cybersecurity-professional'));
  });

  it('credits a nominalisation and a passive with the role as agent', () => {
    assert.ok(duty('On the ward the calibration of pumps falls to the clinical engineers.', 'clinical-engineer'));
    assert.ok(duty('Medical device specialists are employed by companies. Their work includes the training of nurses.', 'medical-device-specialist'));
    assert.ok(duty('On every ward the pumps are serviced by clinical engineers.', 'clinical-engineer'));
    assert.ok(duty('In theatre the heart-lung machine, which is run by the perfusionist, keeps the blood moving.', 'perfusionist'));
    assert.ok(duty('The lab receives blood samples taken by phlebotomists in vacutainer tubes.', 'phlebotomy-technician'));
    assert.ok(duty('Pregnancy scans and most abdominal ultrasound are done by a sonographer.', 'sonographer'));
  });

  it('credits the main verb after a relative clause on the role', () => {
    assert.ok(duty('Radiographers who work in MRI check every patient for metal implants.', 'radiographer'));
    assert.ok(duty('A sample goes to the lab, where the biomedical scientist on the night shift runs it on the analyser.', 'biomedical-scientist'));
  });

  it('reads a verb opening a table cell before a possessive as a duty', () => {
    const cell = "| Role | Duties |\n|---|---|\n| Medical records clerk | Pulls patients' paper notes from the library for clinics |\n";
    assert.equal(of(cell, 'medical-records-technician'), '-D');
  });

  it('reads a table cell or line that lists activities without a verb as duties, and a sentence about them as none', () => {
    const table = (cell: string): string => of(`| Role | Technology | What is done |\n|---|---|---|\n| Dialysis technician | Haemodialysis machines | ${cell} |\n`, 'dialysis-technician');
    assert.equal(table('Setting up and priming of the machines before each session, disinfection afterwards'), 'TD');
    assert.equal(table('Calibration and repair'), 'TD');
    assert.equal(table('Training and support are important'), 'T-');
    assert.equal(table('Haemodialysis and water'), 'T-');
    assert.equal(of('- **Medical records clerk** – the storage of patient notes.', 'medical-records-technician'), '-D');
  });

  it('reads "Such specialists ..." before another role\'s relative clause as the role named before', () => {
    const text = 'Cybersecurity specialists are busy. Such specialists monitor the network for suspicious activity, and this work overlaps with that of the network engineer, who installs the firewalls.';
    assert.ok(duty(text, 'medical-cybersecurity-professional'));
    assert.equal(of(text, 'network-engineer'), 'TD');
  });

  it('reads a list that a paragraph on a role opens with a colon as that role\'s', () => {
    const list = 'Audiologists work in hearing services, where the technology on which they depend includes:\n\n- digital hearing aids\n- cochlear implants\n- audiometers\n\nRadiographers take X-rays.\n';
    assert.equal(of(list, 'audiologist'), 'T-');
    // Without the colon the list is no one's.
    assert.equal(of(list.replace('includes:', 'includes a lot.'), 'audiologist'), '--');
  });

  it('reads a second "who" after "and" as the first one\'s', () => {
    assert.ok(duty('It is the clinical scientist who gets contacted when a result looks odd, and who gives advice to the doctors about further tests.', 'clinical-scientist'));
    assert.ok(!duty('Radiographers work with nurses, and who repairs the scanner is not clear.', 'radiographer'));
  });

  it('reads a verb the lexicon does not list after a role in commas, and "her team of ROLE" as the role', () => {
    assert.equal(of('Jo, our medical laboratory assistant, books the samples in and spins the tubes in the centrifuge.', 'lab-technologist'), 'TD');
    // A list of names is no apposition, and covering a ward is being there.
    assert.equal(of('In the lab, medical laboratory assistants, books the samples in.', 'lab-technologist'), '--');
    assert.equal(of('Ben, a cardiac physiologist, covers the cardiology ward.', 'cardiac-physiologist'), '--');
    const team = 'Sue is the health information manager. Her team of health information technicians spend the day scanning old notes into the electronic patient record.';
    assert.equal(of(team, 'medical-records-technician'), 'TD');
    assert.equal(of('I worked with a team of clinical engineers on the ward.', 'clinical-engineer'), '--');
    assert.equal(of('On the ward, a team of clinical engineers repairs the infusion pumps.', 'clinical-engineer'), 'TD');
    assert.equal(of('A team of clinical engineers.', 'clinical-engineer'), '--');
  });

  it('reads "they do the coding" of clinical coders as the name said again, not a duty', () => {
    assert.ok(!duty('Clinical coders - they do the coding for the hospital, it is really important for funding.', 'clinical-coder'));
    assert.ok(!duty('Clinical engineers do all the engineering.', 'clinical-engineer'));
    // What it is done to, a word after it, or a word of the name that is not its head make it a duty.
    assert.ok(duty('Clinical coders do the coding of every operation.', 'clinical-coder'));
    assert.ok(duty('Clinical engineers do the engineering checks on every pump.', 'clinical-engineer'));
    assert.ok(duty('Dialysis technicians do dialysis for people.', 'dialysis-technician'));
  });

  it('reads "got the network back up" as putting something right, and "explain their job" as talking about it', () => {
    assert.ok(duty('We just sat there until the network engineer got the network back up again.', 'network-engineer'));
    assert.ok(duty('The clinical engineer got the scanner working again.', 'clinical-engineer'));
    assert.ok(!duty('Clinical engineers get paid more when they are working nights.', 'clinical-engineer'));
    // Getting a thing back is receiving it.
    assert.ok(!duty('The network engineer got his laptop back.', 'network-engineer'));
    assert.ok(!duty('Nuclear medicine technologists explain their job to visitors.', 'nuclear-medicine-technologist'));
    assert.ok(duty('Clinical coders explain their codes to the auditors.', 'clinical-coder'));
  });

  it('reads "who staff call" as what others do to the role, and "introduced herself as" as no duty', () => {
    assert.ok(!duty('Network engineers, who staff call "the network team", are much less visible.', 'network-engineer'));
    assert.ok(!duty('Clinical engineers, who nurses phone when a pump breaks, are busy.', 'clinical-engineer'));
    assert.ok(!duty('I met a clinical informatician, who introduced herself as "the CI".', 'health-informatician'));
    // The role's own verb after that relative clause is still its duty.
    assert.equal(of('Clinical engineers, who staff ring about broken infusion pumps, repair them on the ward.', 'clinical-engineer'), 'TD');
  });

  it('credits a verb the lexicon does not list, read from its place', () => {
    assert.ok(duty('Nuclear medicine technologists inject a radioactive tracer.', 'nuclear-medicine-technologist'));
    assert.ok(duty('The renal technician was priming the lines.', 'dialysis-technician'));
    assert.ok(duty('Operating department practitioners often help to drape the robot arms.', 'surgical-technologist'));
    // With a particle before the object; "in" only after the verbs it is a particle of.
    assert.ok(duty('- Lab technicians – book in samples, spin them in the centrifuge, load the analysers.', 'lab-technologist'));
    assert.ok(duty('Medical records technicians print out the discharge letters.', 'medical-records-technician'));
    assert.ok(!duty('Lab technicians participate in audits.', 'lab-technologist'));
    // What the role helps someone do; not how something goes.
    assert.ok(duty('- ODP – helps the anaesthetist put the patient to sleep.', 'surgical-technologist'));
    assert.ok(!duty('Health information managers help the hospital run smoothly.', 'health-information-manager'));
    // "who" after an aside in commas on the practitioner.
    assert.ok(duty('Medical device specialist – a specialist, often employed by the company that makes the device, who trains nurses.', 'medical-device-specialist'));
    // A learner's present tense: "they are test", "he is put".
    assert.ok(duty('After that the biomedical scientist they are test the blood in laboratory.', 'biomedical-scientist'));
    assert.ok(duty('Clinical coder is work in office, he is put the code for every operation.', 'clinical-coder'));
    assert.ok(!duty('The main aim of the biomedical scientist is help the doctors.', 'biomedical-scientist'));
    // What the role used to do is still what it did; what a thing is used to do is not.
    assert.ok(duty('Clinical coders used to write codes on paper forms by hand.', 'clinical-coder'));
    assert.ok(!duty('Clinical coders work with software that is used to assign codes.', 'clinical-coder'));
    // A verb opening a lettered point; not an exam question's instruction.
    assert.ok(duty('1. Radiographer – (a) X-ray machines (b) positions the patient and takes the images', 'radiographer'));
    assert.ok(duty('1. Radiographer\n   (a) X-ray machines\n   (b) take images of bones', 'radiographer'));
    assert.ok(!duty('**(f) Explain how a clinical engineer supports patient care.**', 'clinical-engineer'));
    // A line of fragments on the role: a verb after a comma, and after "+".
    assert.ok(duty('- Cybersecurity specialist – firewalls, antivirus, installs security updates', 'medical-cybersecurity-professional'));
    assert.ok(duty('- Robotics specialist – da Vinci robot; sets it up + trains the surgeons on it', 'medical-robotics-specialist'));
    // A verb opening a table cell, capitalised.
    assert.ok(duty('**Nuclear Medicine Technologist**\n\n| Uses | Does |\n|---|---|\n| Gamma camera | Injects the tracer and takes pictures |\n', 'nuclear-medicine-technologist'));
    assert.ok(!duty('**Phlebotomist**\n\n| Uses | Does |\n|---|---|\n| Needles and syringes | |\n', 'phlebotomy-technician'));
    // "Analyses" opening a fragment is the British verb, though it is also the plural of "analysis".
    assert.ok(duty('| Role | Description |\n|---|---|\n| Health informatician | Analyses data about waiting times and builds reports. |\n', 'health-informatician'));
    assert.ok(!duty('Health informaticians are experts in the analyses of data.', 'health-informatician'));
    // Under a header for duties, a verb's bare object too; not under another header.
    const table = (header: string): string => `| Role | Technology | ${header} |\n|---|---|---|\n| Cybersecurity professional | firewalls | stops hackers, does backups |\n`;
    assert.ok(duty(table('Duties'), 'medical-cybersecurity-professional'));
    assert.ok(duty(table('What they do'), 'medical-cybersecurity-professional'));
    assert.ok(!duty(table('Notes'), 'medical-cybersecurity-professional'));
    // A participle after a technology, with the role as agent.
    assert.ok(duty('My uncle had a 24-hour ECG monitor fitted by a cardiac physiologist.', 'cardiac-physiologist'));
    // A place adverb between the role and its verb.
    assert.ok(duty('I read that computer scientists there write the software that reads genome data.', 'computer-scientist'));
    // Not a word after the role's possessive, nor a progressive whose subject is a thing.
    assert.ok(!duty("The dialysis technician's job is more about the machines than the patients.", 'dialysis-technician'));
    assert.ok(!duty('The medical device specialist knows the implants well and stays calm when the theatre list is running late.', 'medical-device-specialist'));
    assert.ok(!duty('Robotics specialists know the robot well, but patients think the robot is doing the operation.', 'medical-robotics-specialist'));
    // "deal with" a task; not "deal with" information or "the big stuff".
    assert.ok(duty('Health information managers deal with requests from patients for their notes.', 'health-information-manager'));
    assert.ok(!duty('Health information managers deal with patient information.', 'health-information-manager'));
    // "work out" the doses; not "work", nor "do a lot of training" (studying), nor "manage the information".
    assert.ok(duty('Medical physicists work out the dose for each patient.', 'medical-physicist'));
    assert.ok(!duty('Medical physicists work with the linac.', 'medical-physicist'));
    assert.ok(!duty('Clinical scientists have to do a lot of training.', 'clinical-scientist'));
    assert.ok(duty('Clinical scientists do training for the nurses.', 'clinical-scientist'));
    assert.ok(!duty('Perfusionists work in theatre, and they have to do a long training course after their degree.', 'perfusionist'));
    assert.ok(duty('Clinical scientists do training courses for the nurses.', 'clinical-scientist'));
    assert.ok(!duty('Health information managers manage the information.', 'health-information-manager'));
    // Helping to treat patients is an aim; treating them with something says how.
    assert.ok(!duty('Medical physicists work with the linac to help treat cancer patients.', 'medical-physicist'));
    assert.ok(duty('Medical physicists help treat cancer patients with radiotherapy.', 'medical-physicist'));
    // A decision's object may be a question; work in general is no duty; a leaflet's "You'll".
    assert.ok(duty('Clinical engineers work at a higher level and decide when the ventilators need replacing.', 'clinical-engineer'));
    assert.ok(!duty('Clinical engineers carry out different duties.', 'clinical-engineer'));
    assert.ok(duty('Clinical engineers carry out many tasks such as repairing ventilators.', 'clinical-engineer'));
    assert.ok(duty("## Clinical engineer\n\nThey keep the hospital running. You'll test and repair the infusion pumps.\n", 'clinical-engineer'));
    // A technology done by the role; not what someone else is to do ("what treatment to give them").
    assert.ok(duty('Cardiac physiologists do ECGs. Some echocardiograms are done by sonographers instead.', 'sonographer'));
    assert.ok(!duty('Biomedical scientists are important because doctors need their results to know what treatment to give them.', 'biomedical-scientist'));
    assert.ok(duty('Biomedical scientists decide which tests to run.', 'biomedical-scientist'));
    assert.ok(duty('The medical device specialist knows the implants well and is running a training session.', 'medical-device-specialist'));
    // "do" with an activity, after "more of" and with a hyphenated modifier.
    assert.ok(duty('Biomedical technologists do more of the hands-on repairs.', 'biomedical-technologist'));
    assert.ok(duty('The EBME technicians go round the wards doing the planned maintenance.', 'biomedical-technologist'));
    assert.ok(duty('Phlebotomists do the blood taking with vacutainer tubes.', 'phlebotomy-technician'));
    // "carried on" an activity; "The team" for the role's practitioners.
    assert.ok(duty('Biomedical scientists carried on running urgent blood tests on the analysers.', 'biomedical-scientist'));
    assert.ok(duty("The trust's cybersecurity analysts spotted it first. The team isolated the infected servers.", 'medical-cybersecurity-professional'));
    // Going somewhere is not an activity.
    assert.ok(!duty("You'll see the EBME technicians wandering round the wards with a trolley.", 'biomedical-technologist'));
    // An -ing word before "software" or "system" names a kind of thing, except after "by".
    assert.ok(duty('Computer scientists also help by writing software.', 'computer-scientist'));
  });

  it('does not credit an -ing under an adjective, a vague aim, knowledge or skill', () => {
    assert.ok(!duty('Radiographers are very important for diagnosing cancer.', 'radiographer'));
    assert.ok(!duty('Cybersecurity professionals are there to keep patients safe.', 'medical-cybersecurity-professional'));
    assert.ok(!duty('Prosthetists help people.', 'prosthetist-orthotist'));
    assert.ok(!duty('As a prosthetist you make a real difference and provide excellent care.', 'prosthetist-orthotist'));
    assert.ok(duty('Audiologists give advice and support.', 'audiologist'));
    assert.ok(!duty('Audiologists find it hard when patients cannot hear them.', 'audiologist'));
    assert.ok(!duty('Sonographers are experts in ultrasound and skilled in reading images.', 'sonographer'));
    assert.ok(!duty('Clinical engineers work in hospitals and use technology.', 'clinical-engineer'));
    assert.ok(!duty('Biomedical engineers are experts in the design of medical devices.', 'biomedical-engineer'));
    assert.ok(!duty('AI specialists are going to make healthcare much better.', 'healthcare-ai-specialist'));
    assert.equal(of('Health informaticians use the EHR. Their aim is to make the NHS more digital.', 'health-informatician'), 'T-');
    assert.ok(duty('Medical records technicians keep records of more patients in the EPR.', 'medical-records-technician'));
    assert.ok(!duty('Pathology IT technicians keep everything running smoothly behind the scenes.', 'pathology-it-technician'));
    assert.ok(!duty('Medical physicists keep the scanners and the radiation safe for everyone.', 'medical-physicist'));
    assert.ok(!duty('Clinical engineers leave the scanners to the manufacturer.', 'clinical-engineer'));
    // What other people believe, and a belief the writer has given up, up to "but"; "I think" is a hedge.
    assert.ok(!duty("People think clinical engineers fix the lifts, but actually they don't.", 'clinical-engineer'));
    assert.ok(!duty('I thought clinical engineers just fixed lights, but I was wrong.', 'clinical-engineer'));
    assert.ok(duty('People think clinical engineers fix the lifts, but they calibrate infusion pumps.', 'clinical-engineer'));
    // What people worry or fear will happen is no more done than what they think.
    assert.ok(!duty('AI specialists are becoming more common. Some people worry that this will replace staff.', 'healthcare-ai-specialist'));
    assert.ok(duty('Clinical engineers worry that pumps fail, so they test them every month.', 'clinical-engineer'));
    assert.ok(duty('I think clinical engineers calibrate the infusion pumps.', 'clinical-engineer'));
    // Guarding something general is an aim; guarding a technology is not.
    assert.ok(!duty('Cybersecurity professionals are there to protect patient data.', 'medical-cybersecurity-professional'));
    assert.ok(duty('Cyber security specialists protect the electronic patient record from hackers.', 'medical-cybersecurity-professional'));
    // So is guarding the hospital's IT from an attack; guarding the hospital is still an aim.
    assert.ok(duty('Cybersecurity specialists protect hospital systems from hackers.', 'medical-cybersecurity-professional'));
    assert.ok(!duty('Cybersecurity specialists protect the hospital from hackers.', 'medical-cybersecurity-professional'));
    assert.ok(!duty('Cybersecurity specialists protect hospital systems.', 'medical-cybersecurity-professional'));
    assert.ok(!duty('Health information managers make sure patient information is kept safe.', 'health-information-manager'));
    assert.ok(!duty('A health information manager is important to the running of any hospital.', 'health-information-manager'));
    assert.ok(!duty('AI specialists know how machine learning models can read X-rays.', 'healthcare-ai-specialist'));
    assert.ok(!duty('Medical equipment technicians are responsible for the equipment. If equipment breaks it could put patients at risk.', 'biomedical-technologist'));
    assert.ok(duty('Computer scientists are also involved, for example in writing the software that runs inside devices.', 'computer-scientist'));
    // How much a role matters, studying, and a noun before "are" are no duties.
    assert.ok(!duty('Cardiac physiologists play a vital role in the diagnosis and treatment of heart disease.', 'cardiac-physiologist'));
    assert.ok(!duty('Clinical coders work in the coding department. After training they can take the National Clinical Coding Qualification.', 'clinical-coder'));
    assert.ok(!duty('**Clinical coder**\n\nClinical coders work in the coding department.\n\nIn conclusion I think all of these jobs are important.\n', 'clinical-coder'));
    assert.ok(!duty('Clinical engineers are important. All of these people rely on their equipment working.', 'clinical-engineer'));
    // Past where the role works, and along a chain of verbs after coming or going.
    assert.ok(duty('The consultant clinical scientist from the lab rings the unit if a potassium result is high.', 'clinical-scientist'));
    assert.ok(duty('Biomedical engineers at the university are designing a new artificial knee joint.', 'biomedical-engineer'));
    assert.ok(duty('The pathology IT technician came down to the lab, restarted the interface between the analysers and the LIMS.', 'pathology-it-technician'));
    assert.ok(!duty('There are no phlebotomists on nights so the nurses do the bloods.', 'phlebotomy-technician'));
    // A verb after an arrow, after coming or going, and after "where as".
    assert.ok(duty('Network engineer -> wifi & servers -> sets up the network & fixes it when it goes down', 'network-engineer'));
    assert.ok(duty('When the computers stopped working a network technician came & restarted the switch.', 'network-engineer'));
    assert.ok(duty('A phlebotomist takes blood from patients. Where as a lab technician tests it in the lab.', 'lab-technologist'));
    // A noun after a label that is not for duties is no verb; an answer's base form still is.
    assert.ok(!duty('**Medical device specialist**\n\nA medical device specialist travels round lots of hospitals.\n\nPros: company car, travel\n', 'medical-device-specialist'));
    assert.ok(duty('Q: Name another role\nA: Cyber security specialist\n\nQ: What do they do?\nA: stop hackers getting into the hospital computers\n', 'medical-cybersecurity-professional'));
    // A table cell that opens on a verb: "Plans ...", "Books in samples".
    assert.ok(duty('| Role | Duties |\n|---|---|\n| Medical physicist | Plans radiotherapy doses and checks the machines |\n', 'medical-physicist'));
    assert.ok(duty('| Role | Duties |\n|---|---|\n| Laboratory technician | Books in samples, puts them in the centrifuge |\n', 'lab-technologist'));
    // After a label or a question for duties, an activity noun is a duty; in a sentence it is not.
    assert.ok(duty('**Audiologists**\n\nDuties: hearing tests and balance assessments\n', 'audiologist'));
    assert.ok(!duty('Audiologists work in the clinic. The tests are quick.', 'audiologist'));
    // What a role may do one day is not what it does; what it works on now still is.
    assert.equal(of('There are few AI specialists now. In ten years they might build machine learning models.', 'healthcare-ai-specialist'), '--');
    assert.equal(of('AI specialists are working on a machine learning model that might one day suggest codes.', 'healthcare-ai-specialist'), 'T-');
    assert.equal(of('Radiographers might be asked to run training on the MRI scanner.', 'radiographer'), 'TD');
    // A sentence that turns back to the present after its future ("already", "now") is what the role does again.
    assert.equal(of('In the future AI may be used in theatre, where ODPs already work with the da Vinci surgical robot.', 'surgical-technologist'), 'T-');
    assert.equal(of('In the future AI may be used in theatre, where ODPs will work with the da Vinci surgical robot.', 'surgical-technologist'), '--');
    // What is done to the role by others, or by people set against it.
    assert.ok(!duty('## Cybersecurity professionals\n\nSome people might put cybersecurity professionals higher. I still think they matter less than the people who treat patients.\n', 'medical-cybersecurity-professional'));
    assert.ok(!duty('## Health informaticians\n\nI have put health informaticians near the bottom.\n', 'health-informatician'));
    assert.ok(duty('Consultant sonographers train new sonographers.', 'sonographer'));
    assert.ok(!duty('"Ring the sonographers, but I expect they are busy."', 'sonographer'));
    assert.ok(!duty('Prosthetists need a degree and have to keep up their CPD.', 'prosthetist-orthotist'));
    // A relative clause on someone else: "who" stands on the maintenance men, not the engineers.
    assert.ok(!duty('Clinical engineers are not the same as the maintenance men who change the light bulbs.', 'clinical-engineer'));
    assert.ok(duty('Network engineers fix routers. The radiographers in the X-ray department who take images of bones are busy.', 'radiographer'));
    assert.ok(duty('A sonographer is someone who scans pregnant women.', 'sonographer'));
    // An -ing word with no object is a noun; in a list of -ing verbs the last one still has its object.
    assert.ok(!duty('The medical physicists are in a different building and we do not see them.', 'medical-physicist'));
    assert.ok(duty('Clinical engineers spend the day checking and calibrating infusion pumps.', 'clinical-engineer'));
  });

  it('does not credit a negated activity or a device\'s own function', () => {
    assert.ok(!duty("Medical device specialists don't repair the scanners themselves.", 'medical-device-specialist'));
    assert.ok(!duty('Surgical technologists are not allowed to cut the patient or decide what happens.', 'surgical-technologist'));
    assert.ok(!duty('Dialysis technicians work with the pump, which delivers the drug.', 'dialysis-technician'));
    assert.ok(!duty('Perfusionists work with machines that take blood out of the body, clean it and put it back.', 'perfusionist'));
    assert.ok(!duty('Clinical engineers do not usually repair the MRI scanner themselves.', 'clinical-engineer'));
    assert.ok(!duty('It is not the case that health informaticians simply repair computers.', 'health-informatician'));
    // What a thing is meant to do, its subject: "the app is supposed to ...", a quoted word between.
    assert.ok(!duty('AI specialists know machine learning. Our new booking app is supposed to use "AI" to plan the clinic lists.', 'healthcare-ai-specialist'));
    assert.ok(duty('AI specialists know machine learning. They use "AI" to plan the clinic lists.', 'healthcare-ai-specialist'));
    assert.ok(duty('It is not the case that they are idle: health informaticians design the EPR screens.', 'health-informatician'));
  });

  it('does not credit what a thing or the science does, after a joining word or as "they"', () => {
    // A thing as the subject after "so", "and" or a comma: its verbs are its own.
    assert.ok(!duty('Health informaticians work with PACS. The files are big, so PACS compresses them and stores them on servers.', 'health-informatician'));
    assert.ok(!duty('Radiographers work with MRI scanners. Tissues differ, so the scanner can tell them apart and produce detailed images.', 'radiographer'));
    // Cells, waves and protons are no one's practitioner: "Normal cells can repair" is what cells do.
    assert.ok(!duty('Therapeutic radiographers use the linac. Normal cells can repair better than cancer cells.', 'radiographer'));
    // "they" after a clause about a thing and its plural, with no one named before it in the sentence: those things.
    assert.ok(!duty('Sonographers use an ultrasound machine. The probe sends the sound waves into the body and they bounce off the organs.', 'sonographer'));
    // Still the role's: "they" after the role in its sentence, and a list that ends in a plural noun before a comma.
    assert.ok(duty('Radiographers take X-rays with the machine and they check the images.', 'radiographer'));
    assert.ok(duty('Phlebotomists use a butterfly needle and vacutainer tubes, print a barcode label and send the tubes to the lab.', 'phlebotomy-technician'));
    assert.ok(duty('Biomedical scientists: analyses blood and tissue samples to help diagnose anaemia.', 'biomedical-scientist'));
    // After an opening clause with no comma, and past "which" after the thing's verb.
    assert.ok(!duty('Pathology IT technicians work in the lab. When the tube is scanned the LIMS knows which tests are needed and sends the instructions to the analyser.', 'pathology-it-technician'));
    // Someone who is no role, before a modal: "a doctor in A&E can look at an X-ray".
    assert.ok(!duty('Health informaticians work with PACS. Because it is all on a network a doctor in A&E can look at an X-ray from another hospital.', 'health-informatician'));
    assert.ok(duty('Health informaticians work with PACS, and they can look at an X-ray from another hospital.', 'health-informatician'));
  });

  it('does not credit what a question asks, or what the writer does', () => {
    assert.ok(!duty('Will AI specialists replace doctors one day?', 'healthcare-ai-specialist'));
    // A statement the writer is unsure of is still a statement.
    assert.equal(of('- [ ] Health information managers – something to do with EHRs??', 'health-information-manager'), 'T-');
    assert.equal(of('Radiographers – do they use MRI scanners?', 'radiographer'), '--');
    assert.ok(!duty('## Pathology IT technician\n\nI ran out of time to research this role.\n', 'pathology-it-technician'));
    assert.ok(!duty('Next time I would prepare questions so that I can find out more about the clinical coder.', 'clinical-coder'));
    // What the writer helps someone do, and what the role does to the writer.
    assert.ok(!duty('Orthotists are experts in braces. Mrs T has a knee brace that I help her put on after breakfast.', 'prosthetist-orthotist'));
    assert.ok(duty('Orthotists make braces. Mrs T has a knee brace that they help her put on.', 'prosthetist-orthotist'));
    assert.ok(!duty('Even the health informaticians ring us when the dashboard crashes.', 'health-informatician'));
    // "find it" with how it is found is a feeling; "find it in the notes" is finding.
    assert.ok(!duty('Some clinical coders find it confusing.', 'clinical-coder'));
    assert.ok(duty('Clinical coders find it in the notes and code it.', 'clinical-coder'));
  });

  it('credits what the role sees to: "make sure that" or "ensure that" with an activity done', () => {
    assert.ok(duty('Network engineers fix routers. Clinical engineers make sure that all infusion pumps are calibrated.', 'clinical-engineer'));
    assert.ok(duty('Network engineers fix routers. Clinical engineers ensure that the ventilators have been tested.', 'clinical-engineer'));
    assert.ok(!duty('Network engineers fix routers. Clinical engineers make sure the infusion pumps are safe.', 'clinical-engineer'));
    assert.ok(!duty('Network engineers fix routers. Clinical engineers do not make sure that pumps are calibrated.', 'clinical-engineer'));
  });

  it('credits a verb that opens a poster\'s line after a tick, an arrow or an emoji', () => {
    assert.ok(duty('🩸 **PHLEBOTOMIST**\n➡️ vacutainer tubes\n✅ takes blood samples\n', 'phlebotomy-technician'));
    assert.ok(duty('**Clinical engineers** → infusion pumps • repair & calibrate the pumps\n', 'clinical-engineer'));
  });

  it('credits "look at" with a thing to examine, and what the role is watched doing', () => {
    assert.ok(duty('Biomedical scientists look at samples of blood and tissue using analysers.', 'biomedical-scientist'));
    assert.ok(!duty('The biomedical scientists were less exciting to look at, mostly just desks.', 'biomedical-scientist'));
    assert.ok(!duty('Biomedical scientists look at ways to help.', 'biomedical-scientist'));
    assert.ok(duty('Radiographers take X-rays. Later a biomedical scientist let me watch her authorise results on the LIMS.', 'biomedical-scientist'));
  });

  it('credits a verb that opens a labelled line, and the subject before or inside a bracketed aside', () => {
    assert.ok(duty('## Medical physicist\n\n- **Main tasks:** calculates radiotherapy doses, calibrates the linacs\n', 'medical-physicist'));
    assert.ok(duty('MLAs (medical laboratory assistants) book samples in.', 'lab-technologist'));
    assert.ok(duty('Radiographers (diagnostic) take X-rays.', 'radiographer'));
    // An -ing after a mark is an aim or a noun as often as not.
    assert.ok(!duty('💻 **HEALTH INFORMATICIAN** ➡️ computers ⭐ improving healthcare for everyone', 'health-informatician'));
  });

  it('credits a quotation that opens on the verb', () => {
    assert.ok(duty('Clinical coders "assign codes to every diagnosis" (NHS Digital, 2022).', 'clinical-coder'));
    assert.ok(duty('Radiographers take X-rays. Finally, network engineers "install and maintain the Wi-Fi" (Okoro, 2018).', 'network-engineer'));
    assert.ok(duty('Radiographers take X-rays. Biomedical engineers, by contrast, "build and test new heart valves" (Okoro, 2018).', 'biomedical-engineer'));
  });

  it('credits what a practitioner quoted says they do: their "I" is not the writer\'s', () => {
    assert.ok(duty('## Dave, clinical engineer\n\nA: "Basically I look after the wards. I calibrate the infusion pumps every Monday."\n', 'clinical-engineer'));
    assert.ok(!duty('## Dave, clinical engineer\n\nBasically I look after the wards. I calibrate the infusion pumps every Monday.\n', 'clinical-engineer'));
  });

  it('reads a verb after an adverb of time', () => {
    assert.ok(duty('Cybersecurity analysts now monitor hospital networks for unusual activity.', 'medical-cybersecurity-professional'));
  });
});

describe('whose text it is (clauses.ts)', () => {
  it('ends sentences without depending on capitals', () => {
    assert.deepEqual(coverageOf('radiographers are kind. sonographers scan babies with ultrasound.'), ['radiographer: --', 'sonographer: TD']);
  });

  it('gives what stands before a reporting verb to the speaker, not the role after it', () => {
    const text = 'Radiographers take X-rays. She rolls her eyes and says the clinical engineers know the infusion pumps.';
    assert.equal(of(text, 'clinical-engineer'), 'T-');
  });

  it('gives what a question in the text asks to the roles its answer names', () => {
    assert.equal(of('Who designs new medical devices such as artificial hearts? Biomedical engineers. They are clever people.', 'biomedical-engineer'), 'TD');
    assert.equal(of('Who keeps the hospital connected? Network engineers.', 'network-engineer'), '--');
  });

  it('reads "Q:" and "A:" labels, and an answer that is only a name heads the sentences after it', () => {
    const card = 'Q: Who uses a LIMS?\nA: A pathology IT technician. They fix it when results go missing. They help the biomedical scientists.';
    assert.equal(of(card, 'pathology-it-technician'), 'TD');
    assert.equal(of(card, 'biomedical-scientist'), '--');
    assert.equal(of('Q: Who is linked to dialysis machines?\nA: Dialysis technician (also called a renal technician).', 'dialysis-technician'), 'T-');
  });

  it('reads "this role" and "their job" as referring back to the role just named, "these roles" as all of them', () => {
    const one = 'Network engineers fix routers. Nothing works without clinical engineers. This role involves repairing infusion pumps.';
    assert.equal(of(one, 'clinical-engineer'), 'TD');
    assert.equal(of(one.replace('repairing infusion pumps', 'electrical safety testing on infusion pumps'), 'clinical-engineer'), 'TD');
    const their = 'Network engineers fix routers. I met some clinical engineers. Their job is to repair ventilators.';
    assert.equal(of(their, 'clinical-engineer'), 'TD');
    const all = 'Network engineers fix routers. I met some clinical engineers. These roles all need a degree in engineering and use ventilators.';
    assert.equal(of(all, 'clinical-engineer'), '--');
  });

  it('does not end a sentence at an abbreviation before a comma', () => {
    assert.equal(of('A biomedical scientist tests samples, e.g. blood, urine etc., using analysers and microscopes.', 'biomedical-scientist'), 'TD');
  });
  it('does not end a sentence at an abbreviation glued to a slash, nor at "dept." before a small letter', () => {
    const tail = ' Renal technicians work on the dialysis unit.';
    assert.equal(of(`Audiologists work in the audiology dept./hearing clinics. They test hearing with an audiometer.${tail}`, 'audiologist'), 'TD');
    assert.equal(of(`Audiologists work in the audiology dept. in clinics. They test hearing with an audiometer.${tail}`, 'audiologist'), 'TD');
  });

  it('does not give a sentence to a role in apposition to its last word', () => {
    const text = 'Radiographers take X-rays. She drops the samples off with Mei, a biomedical scientist.';
    assert.equal(of(text, 'biomedical-scientist'), '--');
  });

  it('gives a sentence that opens with a named person to the role the answer gave them', () => {
    const story = 'In theatre, Raj, our ODP, checks the anaesthetic machine. Next to him is Tom, the perfusionist. Tom primed the heart-lung machine earlier. He will control the blood flow.';
    assert.equal(of(story, 'perfusionist'), 'TD');
    assert.equal(of(story, 'surgical-technologist'), 'TD');
    // A name given two roles is no one's.
    const clash = 'Tom, the perfusionist, was late. Tom, the radiographer, was early. Tom primed the heart-lung machine.';
    assert.equal(of(clash, 'perfusionist'), '--');
    // "Yesterday, the radiographer ..." gives no one the name "Yesterday".
    assert.equal(of('Yesterday, the radiographer was busy.\n\nNetwork engineers fix routers. Yesterday was hot and the heart-lung machine broke.\n', 'radiographer'), '--');
  });

  it('reads a script: a speaker labelled in capitals on a line of their own is the role, "I" included', () => {
    const panel = "**Panel 4:**\n[Grandad Ray is in cardiology.]\nCARDIAC PHYSIOLOGIST: I'm doing a 12-lead ECG on you.\nRAY: I have never been this still.\n";
    assert.equal(of(panel, 'cardiac-physiologist'), 'TD');
    assert.equal(of('GUEST (clinical engineer): I check the infusion pumps.\nHOST 1: Wow.\n', 'clinical-engineer'), 'TD');
    // Not in capitals, a label is the writer's note: "I" is the writer.
    assert.equal(of('Sonographer: I scan my pets at home with the ultrasound probe I bought.\nCoder: no idea.\n', 'sonographer'), 'T-');
    assert.equal(of('SONOGRAPHER: I scan my pets at home with the ultrasound probe I bought.\nCODER: no idea.\n', 'sonographer'), 'TD');
  });

  it('reads minutes: those present by name and role, and what a person is to do', () => {
    const minutes = 'Present:\n\n- Hannah Cole – Clinical Engineer\n- Dr Sam Patel – Nuclear Medicine Technologist\n\nAction: Hannah to book the annual service of the ventilators.\n\nNone. Sam sent apologies again.\n';
    assert.equal(of(minutes, 'clinical-engineer'), 'TD');
    assert.equal(of(minutes, 'nuclear-medicine-technologist'), '--');
    assert.equal(of('Tom (perfusionist) said hello.\n\nTom primed the heart-lung machine.\n', 'perfusionist'), 'TD');
  });

  it('reads "I" and "we" as the practitioner when the writer says they are one', () => {
    assert.equal(of('I am a second-year apprentice clinical engineer.\n\n## Our role\n\nWe test every new infusion pump before it goes to a ward.\n', 'clinical-engineer'), 'TD');
    const letter = 'Dear Sam,\n\nIn my job as a clinical coder I read the discharge summaries on the electronic patient record.\n';
    assert.equal(of(letter, 'clinical-coder'), 'TD');
    // Wanting to be one is not being one, and someone else who works as one is not the writer.
    assert.equal(of('I want to become a clinical engineer.\n\n## My plans\n\nWe test every new infusion pump before it goes to a ward.\n', 'clinical-engineer'), '--');
    assert.equal(of('I had a chest X-ray.\n\nMy daughter works as a clinical coder. She says it is an important job.', 'clinical-coder'), '--');
    assert.equal(of('I had a chest X-ray.\n\nI now work as a clinical coder, and I read the case notes on the PAS.', 'clinical-coder'), 'TD');
  });

  it('reads a diary line with no subject as the writer\'s, and "as if it was my job" as being the role', () => {
    const diary = (intro: string): string => `${intro}\n\n**Tue.** Tested the defibrillator on every setting. Logged everything on the asset database.\n`;
    assert.equal(of(diary('I am a clinical engineer and this is my week.'), 'clinical-engineer'), 'TD');
    assert.equal(of(diary('I will describe the role of a clinical engineer by writing a week of a diary as if it was my job.'), 'clinical-engineer'), 'TD');
    // Writing about the role, not as it: the diary is someone else's.
    assert.equal(of(diary('I will describe the role of a clinical engineer.'), 'clinical-engineer'), '--');
  });

  it('reads "I" as the practitioner a bold label names with a person', () => {
    const profiles = '**Priya, sonographer:** I scan pregnant women with an ultrasound machine.\n\n**Dan, clinical engineer:** I repair infusion pumps.\n';
    assert.equal(of(profiles, 'sonographer'), 'TD');
    assert.equal(of(profiles, 'clinical-engineer'), 'TD');
    // Without a person, "I" is the writer.
    assert.equal(of('**Sonographer:** I scan pregnant women with an ultrasound machine.\n', 'sonographer'), 'T-');
    // A named person who reports ("Amira also said that ...") gives what she says to whom it names.
    const reported = 'I shadowed Amira, a cardiac physiologist.\n\nAmira also said that perfusionists run the heart-lung machine. She said that they check blood gases too.\n';
    assert.equal(of(reported, 'perfusionist'), 'TD');
    // Under a heading that names a person with a role, too; not where the heading is the writer's, nor in a sentence about another role.
    assert.equal(of('## Leanne, clinical informatician\n\nWhat is your job?\n\nI analyse data from the EPR.\n', 'health-informatician'), 'TD');
    assert.equal(of('## My day with Leanne, the clinical informatician\n\nI analyse data from the EPR.\n', 'health-informatician'), 'T-');
    const other = '## Amira, cybersecurity specialist\n\nI am there to keep patient data safe. The network engineers look after the firewalls, so I do not.\n';
    assert.equal(of(other, 'medical-cybersecurity-professional'), '--');
    // The person's words end with their paragraph.
    assert.equal(of('**Priya, sonographer:** I like my job.\n\nThese practitioners scan pregnant women with ultrasound machines.\n', 'sonographer'), '--');
  });

  it('gives a quotation to the role of its speaker, named after it or before it', () => {
    assert.equal(of('"I calibrate the infusion pumps," says Tom, a clinical engineer.', 'clinical-engineer'), 'TD');
    assert.equal(of("'I calibrate the infusion pumps,' laughs Dr Osei, a clinical engineer.", 'clinical-engineer'), 'TD');
    assert.equal(of('Priya, a cardiac physiologist, told me: “I do ECGs all day.”', 'cardiac-physiologist'), 'TD');
    assert.equal(of('"I do ECGs all day," the cardiac physiologist explained.', 'cardiac-physiologist'), 'TD');
    // The speaker says which role they are, and their next quotation in the paragraph is theirs too.
    assert.equal(of('"I have been a clinical coder for years," says Jean. "These days I code the notes on the PAS."', 'clinical-coder'), 'TD');
  });

  it('does not give the speaker what the quotation says another role or "they" do', () => {
    const quote = '"The perfusionists are the ones to ask. They run the heart-lung machine," says Priya, a cardiac physiologist.';
    assert.equal(of(quote, 'cardiac-physiologist'), '--');
    assert.equal(of(quote, 'perfusionist'), 'TD');
    assert.equal(of('"I love it here," says Sam, a patient. "The sonographer scanned me with an ultrasound probe."', 'sonographer'), 'TD');
  });

  it('reads a named person who opens a sentence after a short opening as its subject', () => {
    const text = '"I load the centrifuge," says Kelly, a lab technician.\n\nFor example, Kelly cannot do her job without the biomedical scientists.\n';
    assert.equal(of(text, 'biomedical-scientist'), '--');
  });

  it('reads "me" and "my" in what a role does as the technology when the writer says they are one', () => {
    const story = 'I am a ventilator on the intensive care unit.\n\nEvery month a clinical engineer checks my settings.\n\nA clinical coder records the diagnosis so the trust is paid for my work.\n';
    assert.equal(of(story, 'clinical-engineer'), 'TD');
    assert.equal(of(story, 'clinical-coder'), '-D');
    assert.equal(of(story.slice(story.indexOf('Every')), 'clinical-engineer'), '-D');
  });

  it('gives what a colon opens after a passive agent to the agent', () => {
    assert.equal(of('The preparatory work is delegated to laboratory technicians: samples are labelled and spun in centrifuges.', 'lab-technologist'), 'TD');
  });

  it('makes a passive agent whom the sentence is about', () => {
    const text = 'Health information managers are increasingly strategic. At ward level, the scanning of their paper notes into the EPR is done by medical records technicians.';
    assert.equal(of(text, 'health-information-manager'), '--');
    assert.equal(of(text, 'medical-records-technician'), 'TD');
  });

  it('does not read a pronoun after a preposition as whom a sentence is about', () => {
    const text = '## Dan, EBME technician\n\nDan said the senior people are clinical engineers. According to him, they write the testing procedures for ventilators.\n';
    assert.equal(of(text, 'clinical-engineer'), 'TD');
  });

  it('reads "she" after a sentence that names roles only in passing as the last one named', () => {
    const text = 'I was meant to be with an ODP, so instead I sat with a clinical coder. She turns the discharge letters on the electronic patient record into codes.';
    assert.equal(of(text, 'clinical-coder'), 'TD');
    assert.equal(of(text, 'surgical-technologist'), '--');
    // Names joined by "and" are one: "they" is both.
    const both = 'I spent a day with the radiographers and the sonographers. They calibrate the CT scanner.';
    assert.equal(of(both, 'radiographer'), 'TD');
    assert.equal(of(both, 'sonographer'), 'TD');
    // Of a list, only a sentence that opens with a pronoun refers back to the last one.
    const list = 'There will be jobs for AI specialists, as well as roles like biomedical scientists. Students should think about these careers when choosing a course.';
    assert.equal(of(list, 'biomedical-scientist'), '--');
  });

  it('gives the words before a clause another role owns to the roles "they" refers back to', () => {
    const text = 'Radiographers operate the linac.\n\nBeside the radiographers there are medical physicists. They calculate each dose, and they check the linac every morning; the radiographers follow their plans to the letter.\n';
    assert.equal(of(text, 'medical-physicist'), 'TD');
  });

  it('does not give a paragraph to a role named only in what someone says', () => {
    const text = 'Telehealth lets patients send their oxygen readings from home.\n\nMost patients like the tablets. Our tutor said that computer scientists will be needed more. Overall the telehealth dashboard is a success.\n';
    assert.equal(of(text, 'computer-scientist'), '--');
    // Nor to one the writer says they cannot describe.
    const unknown = 'Once they are validated the results go from the LIMS into the EPR. I don\'t really know what a health informatician does day to day.';
    assert.equal(of(unknown, 'health-informatician'), '--');
    // "one" of the group named before is whom "she" is.
    const one = 'Our trust also has clinical informaticians. I know one because she used to be a nurse. Now she works on the EPR project and trained staff on it.';
    assert.equal(of(one, 'health-informatician'), 'TD');
    // Who the speaker says they are is no name in passing.
    assert.equal(of('A woman asked for the notes. She said she was a clinical coder and had to code the diagnosis on the EPR.', 'clinical-coder'), 'TD');
  });

  it('gives a pronoun straight after a name in passing to that role, not past the subject before', () => {
    // With a second role in the sentence, so that the paragraph is not simply about the only role it names.
    const met = 'At the hospital I spoke to a sonographer and she showed me the ultrasound probe, which is a bit like what radiographers use.';
    assert.equal(of(met, 'sonographer'), 'TD');
    const chose = 'I nearly wrote about nuclear medicine technologists, because they use gamma cameras and are a bit like radiographers.';
    assert.equal(of(chose, 'nuclear-medicine-technologist'), 'T-');
    // "they" goes on with the subject: the sonographers, or the biomedical scientists of "They rely on ...".
    assert.equal(of('Sonographers are similar to radiographers but they use ultrasound probes.', 'radiographer'), '--');
    assert.equal(of('Biomedical scientists run the analysers. They rely on phlebotomists and they validate every result on the LIMS.', 'phlebotomy-technician'), '--');
  });

  it('reads a writing frame filled in line by line, led by its "Role:" line', () => {
    const frame = 'Role: Biomedical scientist\nWhat technology do they use? Automated analysers and centrifuges\nWhat do they do? They test the samples that the phlebotomist has taken.\nWhere do they work? The pathology lab\n';
    assert.equal(of(frame, 'biomedical-scientist'), 'TD');
    // The phlebotomist owns only "the samples that the phlebotomist has taken".
    assert.ok(!checker.check(frame).coverage.roles.find((r) => r.id === 'phlebotomy-technician')!.technology);
    // An answer with no full stop does not run into the next prompt; a blank prompt gives nothing.
    const blank = 'Role: Audiologist\nWhat technology do they use?\nWhat do they do? hearing tests\nWhere do they work?\n';
    assert.equal(of(blank, 'audiologist'), '-D');
    assert.equal(of('Role: Audiologist\nWhat technology do they use? not sure\nWhat do they do? same as above\n', 'audiologist'), '--');
  });

  it('reads "see the radiographer" and "same as the radiographer" as a cross-reference, not whom an answer is about', () => {
    const qa = 'Q: Name a role\nA: Radiographer\n\nQ: What do they do?\nA: they take x-rays of bones\n\nQ: Name another role\nA: Sonographer\n\nQ: What technology do they use?\nA: see the radiographer\n\nQ: What do they do?\nA: they scan pregnant women\n';
    assert.equal(of(qa, 'sonographer'), '-D');
  });

  it('in a section two roles share, reads "they" as the last role owning a clause, and keeps another role\'s relative clause its own', () => {
    const text = '**AI specialist and computer scientist**\n\nBoth AI specialists and computer scientists work with software, but an AI specialist works on medical problems. For example they train machine learning models. This can help radiographers who take the X-rays. A computer scientist on the other hand is more general.\n';
    assert.equal(of(text, 'healthcare-ai-specialist'), 'TD');
    assert.equal(of(text, 'computer-scientist'), '--');
    // A sentence that gives each role of the section a clause of its own gives each only its clause.
    const pair = '**Cybersecurity professional and network engineer**\n\nThe main difference is that the network engineer installs the Wi-Fi and the cybersecurity professional protects it.\n';
    // Not "installs the Wi-Fi": only "protects it" (which points back at the Wi-Fi) is the cybersecurity professional's.
    assert.equal(of(pair, 'medical-cybersecurity-professional'), 'T-');
    assert.equal(of(pair, 'network-engineer'), 'TD');
  });

  it('gives a role its clause when an auxiliary follows where it works', () => {
    const text = 'The radiographers rely on PACS, and when it crashed for an hour the health informatics specialist from the IT department had to restore the connection to the PACS server.';
    assert.equal(of(text, 'health-informatician'), 'TD');
    // A place with no verb after it is still a name in passing.
    assert.equal(of('The radiographers rely on PACS and they work with the health informatics specialist from the IT department.', 'health-informatician'), '--');
  });

  it('reads "I" as the role the writer last said they were', () => {
    const diary = '**Monday**\n\nToday I was a radiographer. I took X-rays of a broken wrist.\n\n**Thursday**\n\nToday I was a renal technician on the dialysis unit. I put new lines and a new filter on each dialysis machine.\n';
    assert.equal(of(diary, 'dialysis-technician'), 'TD');
    assert.equal(of(diary, 'radiographer'), 'TD');
    // "I send them" is what the writer does to the role, not a technology.
    assert.equal(of('As a perfusionist I run the heart and lung machine. The lab technologists test the blood I send them.', 'perfusionist'), 'TD');
    assert.equal(of('The cardiac technicians do ECGs on the patients. The lab technologists test the blood I send them.', 'lab-technologist'), '-D');
  });

  it('gives a passive agent the relative clause on it after its place', () => {
    const text = 'When one breaks it is repaired by a biomedical equipment technician from the EBME team, who also logs every repair in the asset database. Clinical engineers decide which pumps to buy.';
    assert.equal(of(text, 'biomedical-technologist'), 'TD');
  });

  it('gives "both of them" to each role the sentence named before it', () => {
    const text = 'Renal technicians set up the dialysis machines.\n\nA dialysis technician is a bit like a perfusionist, since both of them take blood out of the body, clean it and return it.\n';
    assert.equal(of(text, 'perfusionist'), '-D');
  });

  it('keeps a paragraph that refers back to the role before, when it names another only to contrast', () => {
    const text = 'Radiographers take X-rays.\n\nThis professional also runs the CT scanner. Unlike sonographers, they wear a dosimeter badge.\n';
    assert.equal(of(text, 'radiographer'), 'TD');
    assert.equal(of(text, 'sonographer'), '--');
  });

  it('reads "you have" as introducing a role, as "there is" does', () => {
    const text = 'Then there is a medical device trainer, they teach the nurses to use the drip pumps, and then you have robotics specialists, they set up the da Vinci robot.';
    assert.equal(of(text, 'medical-robotics-specialist'), 'TD');
  });

  it('reads a short name that the role is said to be as the role itself', () => {
    const text = 'A clinical engineer is not a sonographer. Clinical engineers are healthcare scientists who investigate incidents with infusion pumps.';
    assert.equal(of(text, 'clinical-engineer'), 'TD');
    assert.equal(of(text, 'sonographer'), '--');
  });

  it('gives each role its own clause of a run-on sentence', () => {
    const text = 'radiographers take x-rays, sonographers scan babies, clinical engineers fix pumps and there is the clinical coder too';
    assert.equal(of(text, 'radiographer'), 'TD');
    assert.equal(of(text, 'sonographer'), '-D');
    assert.equal(of(text, 'clinical-engineer'), '-D');
    assert.equal(of(text, 'clinical-coder'), '--');
  });

  it('gives a shared description to every role that shares it', () => {
    assert.deepEqual(coverageOf('Radiographers and sonographers both scan patients with ultrasound machines.'), ['radiographer: TD', 'sonographer: TD']);
  });

  it('gives a section that two roles share to the one a sentence is about, and to both otherwise', () => {
    const text = [
      '## Engineers: biomedical engineers and clinical engineers',
      '',
      'People mix up these two. Biomedical engineers design new devices such as artificial hearts. Clinical engineers do not design anything. Their job is to repair the equipment on the wards. Both of them work in hospitals.',
      '',
    ].join('\n');
    assert.equal(of(text, 'biomedical-engineer'), 'TD');
    assert.equal(of(text, 'clinical-engineer'), '-D');
  });

  it('gives each cell of a table laid out with a column per role to its column\'s role', () => {
    const table = '| | Radiographer | Phlebotomist |\n|---|---|---|\n| **Technology** | X-ray machines | Lab equipment |\n| **Duties** | Takes the images | |\n';
    assert.equal(of(table, 'radiographer'), 'TD');
    assert.equal(of(table, 'phlebotomy-technician'), '--');
  });

  it('gives a table row to the roles of its first cell, or of a cell that holds only names', () => {
    const text = [
      '| Technology | Who uses it | What they do |',
      '|---|---|---|',
      '| Ultrasound scanners | Sonographers and some radiographers | Scan pregnant women |',
      '| Infusion pumps | The ward nurses | Clinical engineers service them |',
      '',
    ].join('\n');
    assert.equal(of(text, 'sonographer'), 'TD');
    assert.equal(of(text, 'radiographer'), 'TD');
    // A row that names one role is that role's, wherever the name stands ("service them": the pumps).
    assert.equal(of(text, 'clinical-engineer'), 'TD');
  });

  it('gives none of a role\'s section to a sentence that opens with another role as its subject', () => {
    const text = '## Amira, cybersecurity specialist\n\nShe knows a lot about encryption. The network engineers look after the firewalls. They also fix the Wi-Fi.\n';
    assert.equal(of(text, 'medical-cybersecurity-professional'), 'T-');
    assert.equal(of(text, 'network-engineer'), 'TD');
  });

  it('gives none of a role\'s text to a sentence that opens with someone who is not a role', () => {
    assert.equal(of('## Sonographers\n\nAt first the doctors did all the scanning themselves.\n', 'sonographer'), '--');
    assert.equal(of('The sonographer was busy. On the ward round the consultant looked at the X-ray.', 'sonographer'), '--');
    // Not a subject: after a verb, in a relative clause, or a patient.
    assert.equal(of('## Biomedical engineers\n\nThey study problems that doctors face and build new heart valves.\n', 'biomedical-engineer'), 'TD');
    assert.equal(of('## Sonographers\n\nPatients lie on a couch while a probe is moved over the skin.\n', 'sonographer'), 'T-');
  });

  it('gives a paragraph that opens by referring back to the role of the paragraph before, when the pronoun agrees', () => {
    const story = 'Then the phlebotomist arrived and started at bay 1.\n\nShe filled three tubes and printed a barcode label for each.\n';
    assert.equal(of(story, 'phlebotomy-technician'), 'TD');
    const plural = 'Then the phlebotomists arrived.\n\nShe filled three tubes and printed a barcode label for each.\n';
    assert.equal(of(plural, 'phlebotomy-technician'), '--');
    // Inside a section, the section decides.
    const section = '## Radiographers\n\nThe phlebotomist came in.\n\nShe took an X-ray of his chest.\n';
    assert.equal(of(section, 'phlebotomy-technician'), '--');
    // A question between them that names no role does not stop it; another paragraph does.
    const dialogue = 'ANA: Who comes next? Perfusionists, I think.\n\nJO: What did you write?\n\nANA: "They run the heart-lung machine."\n';
    assert.equal(of(dialogue, 'perfusionist'), 'TD');
    assert.equal(of(dialogue.replace('What did you write?', 'I had a cold that week.'), 'perfusionist'), '--');
  });

  it('reads the subject after an opening adverbial, and a name introduced by "that someone is"', () => {
    assert.equal(of('For example, radiographers take x-rays.', 'radiographer'), 'TD');
    assert.equal(of('Someone has to turn it into a code – that someone is a clinical coder.', 'clinical-coder'), '-D');
    // An opening clause that ends on a particle ("comes in,"), in a paragraph about two roles.
    const text = 'You will meet the ODPs. Before the first patient comes in, the ODP checks the anaesthetic machine. Perfusionists run the heart-lung machine.';
    assert.equal(of(text, 'surgical-technologist'), 'TD');
  });

  it('does not give a paragraph to a role it names in passing while it talks about someone else', () => {
    assert.equal(of('Amir chose sonographers. He printed some ultrasound scan pictures for his slides.', 'sonographer'), '--');
    const met = 'We also met the robotics specialist. We did not see the surgical robot in use, but she explained that she sets it up before each list.';
    assert.equal(of(met, 'medical-robotics-specialist'), 'TD');
  });

  it('gives what refers back to another role to that role, under a heading that names others', () => {
    const text = '# Radiographers and sonographers\n\nLab technicians are more junior. They prepare and label the samples.\n';
    assert.equal(of(text, 'lab-technologist'), '-D');
  });

  it('gives a passive agent what follows its name in the clause', () => {
    assert.equal(of('The samples were tested by biomedical scientists on automated analysers.', 'biomedical-scientist'), 'TD');
  });

  it('gives a role the clause it is handed ("falls to", "the responsibility of") and the clause it heads ("The role of")', () => {
    const shared = (sentence: string): string => `Network engineers fix routers. ${sentence}`;
    assert.equal(of(shared('The role of the sonographer is to scan pregnant women with ultrasound machines.'), 'sonographer'), 'TD');
    assert.equal(of(shared('The calibration of the infusion pumps falls to the biomedical technologists.'), 'biomedical-technologist'), 'TD');
    assert.equal(of(shared('The maintenance of the dialysis machines may be the responsibility of a dialysis technician.'), 'dialysis-technician'), 'TD');
    assert.equal(of(shared('The checking of the anaesthetic machine is a task for the operating department practitioner.'), 'surgical-technologist'), 'TD');
    // Named as an object, the role is handed nothing.
    assert.equal(of(shared('I will describe the role of the sonographer.'), 'sonographer'), '--');
    assert.equal(of(shared('The scans are sent to the sonographer.'), 'sonographer'), '--');
  });

  it('gives a passive agent its relative clause and the participle that says how', () => {
    const relative = 'Network engineers fix routers. Faults are fixed by biomedical equipment technicians, whose work includes the replacement of batteries in patient monitors.';
    assert.equal(of(relative, 'biomedical-technologist'), 'TD');
    const how = 'Network engineers fix routers. The coding is carried out by the clinical coder, using encoder software.';
    assert.equal(of(how, 'clinical-coder'), 'TD');
    const byWhom = 'Network engineers fix routers. The checks fall to the operating department practitioner, by whom the suction must also be tested.';
    assert.equal(of(byWhom, 'surgical-technologist'), 'TD');
  });

  it('gives a footnote on a role\'s name to that role, as a Markdown footnote or a paragraph that starts with its mark', () => {
    const plain = 'Radiographers take X-rays. Biomedical scientists (BMS) [2] work in the lab.\n\n## Notes\n\n[2] They test blood samples on automated analysers.\n';
    assert.equal(of(plain, 'biomedical-scientist'), 'TD');
    const gfm = 'Radiographers take X-rays. Robotics specialists[^7] are in theatre.\n\n[^7]: They set up the da Vinci robot before each list.\n';
    assert.equal(of(gfm, 'medical-robotics-specialist'), 'TD');
    // A footnote on something else is nobody's.
    const other = 'Radiographers take X-rays. Robotics specialists are in theatre [3].\n\n[3] The da Vinci robot costs a lot.\n';
    assert.equal(of(other, 'medical-robotics-specialist'), '--');
  });

  it('keeps a clause that "they" opens for the role it refers to, before another role\'s clause or agent', () => {
    // Under a heading on one role, a later clause with another role as subject is that role's, and the clause before is "they"'s.
    const joined = '## Biomedical scientists\n\nThey analyse blood samples. They use automated analysers and microscopes, and phlebotomists take the samples.\n';
    assert.equal(of(joined, 'biomedical-scientist'), 'TD');
    assert.equal(of(joined, 'phlebotomy-technician'), '-D');
    // Who took what "they" analyse is no one "they" in the next sentence refers to.
    const agent = '## Biomedical scientists\n\nThey analyse samples of blood that have been taken from patients, a lot of them are taken by phlebotomists on the wards. They use automated analysers and microscopes.\n';
    assert.equal(of(agent, 'biomedical-scientist'), 'TD');
    assert.equal(of(agent, 'phlebotomy-technician'), '-D');
    // A sentence about what the agent did is still theirs to continue: "They use a tourniquet".
    assert.equal(of('Blood samples are taken by phlebotomists. They use a tourniquet and a needle.', 'phlebotomy-technician'), 'TD');
  });

  it('credits a role named in passing only for what its own phrase says', () => {
    const text = 'Biomedical scientists analyse blood samples on analysers that the phlebotomists have labelled with barcodes. They sit near the sonographers.';
    assert.equal(of(text, 'phlebotomy-technician'), 'TD');
    assert.equal(of(text, 'sonographer'), '--');
    const passing = 'Surgeons operate. In hospitals that do robot-assisted surgery, robotics specialists are often in theatre with the surgical technologists.';
    assert.equal(of(passing, 'medical-robotics-specialist'), '--');
  });

  it('reads a verb left out from the clause before', () => {
    const text = 'Radiographers take X-rays, sonographers ultrasound scans, and clinical engineers the repairs.';
    assert.equal(of(text, 'sonographer'), 'TD');
    assert.equal(of(text, 'clinical-engineer'), '-D');
    // After "do", only an activity: "pathology IT technicians the LIMS" says nothing they do.
    const light = 'Phlebotomists do the blood taking, biomedical scientists the testing on the analysers, and pathology IT technicians the LIMS.';
    assert.equal(of(light, 'biomedical-scientist'), 'TD');
    assert.equal(of(light, 'pathology-it-technician'), 'T-');
    // A list of names after a clause leaves no verb out: "and" is no object.
    const list = 'Other roles include biomedical engineers, who design prosthetic hands, medical robotics specialists and AI specialists.';
    assert.equal(of(list, 'medical-robotics-specialist'), '--');
  });

  it('leaves the object before a name in passing to the clause before too', () => {
    const text = 'Biomedical scientists work in the lab and they test the blood that the phlebotomist took.';
    assert.equal(of(text, 'biomedical-scientist'), '-D');
    assert.equal(of(text, 'phlebotomy-technician'), '-D');
  });

  it('reads "the former" and "the latter"', () => {
    const text = 'Network engineers and computer scientists both work in hospitals. The former install routers; the latter are good at maths.';
    assert.equal(of(text, 'network-engineer'), 'TD');
    assert.equal(of(text, 'computer-scientist'), '--');
    // "The first one" and "the other one" opening a paragraph: the rest of it is about that one.
    const pair = 'I met a clinical coder and a pathology IT technician.\n\nThe first one reads the notes.\n\nThe other one works next to the lab. She sets up the LIMS.\n';
    assert.equal(of(pair, 'pathology-it-technician'), 'TD');
    assert.equal(of(pair, 'clinical-coder'), '-D');
    // "They" after a sentence on the latter goes on with the latter.
    const after = 'Clinical coders and health information managers work in offices. The former turn diagnoses into codes. The latter is more of a management job. They manage the records team.';
    assert.equal(of(after, 'health-information-manager'), '-D');
    assert.equal(of(after, 'clinical-coder'), '-D');
  });

  it('reads "the former" and "the latter" as the two roles last named together, and only under the same heading', () => {
    // A role named in passing after the pair is not one of it.
    const passing = 'Network engineers and computer scientists keep the hospital running. The former configure the routers before the clinical coders log in. The latter write software for the EPR.';
    assert.equal(of(passing, 'computer-scientist'), 'TD');
    assert.equal(of(passing, 'clinical-coder'), '--');
    // Under a heading that names one role, "the former" is not a role of the section before.
    const sections = '## Sonographers and dialysis technicians\n\nThe former scan babies with ultrasound probes. The latter set up dialysis machines.\n\n## Adult and paediatric audiologists\n\nThese are two kinds of one job. The former fit hearing aids for adults.';
    assert.equal(of(sections, 'dialysis-technician'), 'TD');
    assert.equal(of(sections, 'audiologist'), 'TD');
  });

  it('gives each role of "A and B do X and Y, respectively" its own part', () => {
    const pair = 'Clinical coders and pathology IT technicians are respectively the people who check the notes and the people who look after the LIMS.';
    assert.equal(of(pair, 'clinical-coder'), '-D');
    assert.equal(of(pair, 'pathology-it-technician'), 'TD');
    // A verb alone shares the object of the next: both do something to the samples.
    const verbs = 'Phlebotomists and biomedical scientists collect and analyse blood samples respectively.';
    assert.equal(of(verbs, 'phlebotomy-technician'), '-D');
    assert.equal(of(verbs, 'biomedical-scientist'), '-D');
    // Three, with a serial comma.
    const three = 'Radiographers, sonographers, and clinical coders take X-rays, do ultrasound scans, and assign codes, respectively.';
    assert.deepEqual(coverageOf(three), ['radiographer: TD', 'sonographer: TD', 'clinical-coder: -D']);
    // One that does not split evenly, or holds an aside in brackets, is read as any other sentence.
    assert.equal(of('Radiographers and sonographers use X-ray machines, CT scanners and ultrasound respectively.', 'sonographer'), 'T-');
    assert.equal(of('Radiographers and clinical coders (in our trust) take X-rays and assign codes, respectively.', 'radiographer'), 'TD');
  });

  it('gives a paragraph nothing of a role it names only as an example, and another role\'s device to that role', () => {
    const example = 'Radiographers take X-rays with a digital detector.\n\nMany devices are shared. The CT scanner is operated by one person and serviced by another. Some roles, such as the audiologist, are hard to describe.';
    assert.equal(of(example, 'audiologist'), '--');
    assert.equal(of('Audiologists, for example, are hard to describe. They test hearing with an audiometer.', 'audiologist'), 'TD');
    const possessed = 'Sonographers work beside the radiographers\' fluoroscopy unit, but they never operate it.';
    assert.equal(of(possessed, 'sonographer'), '--');
    assert.equal(of('Sonographers clean their own sonographers\' ultrasound probes.', 'sonographer'), 'TD');
  });

  it('reads a bare plural short name opening a clause, and "X do too" as the duties of the sentence before', () => {
    const bare = 'Clinical coders and health records managers both work on computers, and coders assign codes to each diagnosis.';
    assert.equal(of(bare, 'health-information-manager'), '--');
    assert.equal(of(bare, 'clinical-coder'), '-D');
    const too = 'Radiographers and sonographers both scan patients, using CT scanners and ultrasound respectively. Nuclear medicine technologists do too.';
    assert.equal(of(too, 'nuclear-medicine-technologist'), '-D');
    assert.equal(of('Radiographers scan patients. Nuclear medicine technologists are in another building too.', 'nuclear-medicine-technologist'), '--');
  });

  it('reads a role given as an example ("e.g.", "for instance") or set aside ("but not", "instead of") as no one "they" are', () => {
    assert.equal(of('Some roles, e.g. the sonographer, are hard to describe. They use a lot of equipment.', 'sonographer'), '--');
    assert.equal(of('Some staff, for instance the clinical coders, work from home. They like it.', 'clinical-coder'), '--');
    assert.equal(of('On this ward blood is taken by the nurses, but not the phlebotomist, because they take it from the line.', 'phlebotomy-technician'), '--');
    assert.equal(of('On this ward the nurses take blood instead of the phlebotomists, because they are quicker.', 'phlebotomy-technician'), '--');
  });

  it('reads a list item led by someone who is no role as no one\'s, even with "their" in it', () => {
    const list = '- **Medical device specialist** – trains the staff when new equipment comes in.\n- **Porter** – takes the patients down to X-ray on their bed or in a wheelchair.\n';
    assert.equal(of(list, 'medical-device-specialist'), '-D');
    // An item on the role that refers back is still the role's.
    assert.equal(of('- **Clinical engineers** – fix the pumps.\n- **Their work** – they test the ventilators on their bench.\n', 'clinical-engineer'), 'TD');
  });

  it('reads a sentence whose subject is a doctor by specialty, after an opening clause or a clause of its own, as no role\'s', () => {
    const lab = '**Biomedical scientists.** Biomedical scientists are the backbone of the lab. The consultant haematologist we met looks at any abnormal blood films under the microscope herself.';
    assert.equal(of(lab, 'biomedical-scientist'), '--');
    const heart = 'Cardiac physiologists do tests on the heart. If the tests show a problem, the cardiologist fits a pacemaker in the cath lab.';
    assert.equal(of(heart, 'cardiac-physiologist'), '-D');
    const coder = 'Clinical coders read the notes and give each diagnosis a code. When a patient goes home, the doctor writes a discharge summary on the electronic patient record.';
    assert.equal(of(coder, 'clinical-coder'), '-D');
  });

  it('reads a role set against someone else ("and not the phlebotomist", "rather than") as no subject of a pronoun after it', () => {
    assert.equal(of('Blood was taken before dialysis, but this was done by the nurses and not the phlebotomist, because they take it straight from the line.', 'phlebotomy-technician'), '--');
    assert.equal(of('On this ward the nurses, rather than the phlebotomists, take the blood.', 'phlebotomy-technician'), '--');
    // A name in passing with a pronoun straight after it is still that role.
    assert.equal(of('I shadowed a phlebotomist and she took blood from ten patients.', 'phlebotomy-technician'), '-D');
  });

  it('reads "This is the job of ROLE" and "That falls to ROLE" as the activity of the sentence before', () => {
    assert.equal(of('When a pump breaks down, the repair is not done by the nurses. This is the job of the clinical engineers, although the maker sometimes helps.', 'clinical-engineer'), '-D');
    assert.equal(of('Every X-ray image has to be checked. That falls to the radiographers.', 'radiographer'), 'TD');
    // Nothing done in the sentence before: nothing given.
    assert.equal(of('Hospitals are busy places. This is the job of the clinical engineers.', 'clinical-engineer'), '--');
    // Inside the sentence, after ", and": the part before.
    assert.equal(of('Before any of this can happen, the sample has to be taken from the patient, and that is normally the job of the phlebotomist.', 'phlebotomy-technician'), '-D');
    assert.equal(of('Hospitals are busy places, and that is the job of the clinical engineers.', 'clinical-engineer'), '--');
    // No sentence before: nothing to give.
    assert.equal(of('This is the job of the clinical engineers.', 'clinical-engineer'), '--');
    assert.equal(of('Nuclear medicine technologists do too.', 'nuclear-medicine-technologist'), '--');
  });

  it('reads the verb after "the role and other people" as the role\'s too', () => {
    assert.equal(of('Dialysis technicians and renal nurses set up the dialysis machines.', 'dialysis-technician'), 'TD');
    assert.equal(of('Theatre nurses work beside ODPs and surgeons set up the robot.', 'surgical-technologist'), '--');
  });

  it('gives a question heading to the role its answer names', () => {
    const text = '**Q2. Name a practitioner who repairs infusion pumps.**\n\nA clinical engineer.\n';
    assert.equal(of(text, 'clinical-engineer'), 'TD');
  });
});

describe('names in any shape', () => {
  it('reads the line of a key a role refers to ("Uses [1].", "See key 2") as its technology, and no duty of it', () => {
    const key = '| Role | Description |\n|---|---|\n| Sonographer | Scans pregnant women. Uses [1]. |\n| Clinical coder | Works in the office. See key 2. |\n\n**Key**\n\n1. Ultrasound machine – sends sound waves into the body\n2. Encoder software\n';
    assert.deepEqual(coverageOf(key), ['sonographer: TD', 'clinical-coder: T-']);
    // A numbered list of references is no key.
    const refs = '| Role | Description |\n|---|---|\n| Sonographer | Scans pregnant women [1]. |\n\n**References**\n\n1. NHS (2023) Ultrasound scans. nhs.uk\n';
    assert.deepEqual(coverageOf(refs), ['sonographer: -D']);
  });

  it('gives coordinated names their shared head', () => {
    assert.deepEqual(rolesIn('Biomedical engineers and technologists fix scanners.'), ['biomedical-engineer', 'biomedical-technologist']);
    assert.deepEqual(rolesIn('## Network Engineers and Computer Scientists'), ['network-engineer', 'computer-scientist']);
    assert.deepEqual(rolesIn('Clinical and biomedical engineers test pumps.'), ['clinical-engineer', 'biomedical-engineer']);
  });

  it('reads a short name as the role named most recently that it can be', () => {
    const text = 'Clinical coders and medical records technicians share an office. The coders assign codes in the EPR.';
    assert.equal(of(text, 'clinical-coder'), 'TD');
    assert.equal(of(text, 'medical-records-technician'), '--');
    // Of several it could be, only one named in its own section.
    const essay = '## Roles\n\nClinical engineers are important.\n\nNetwork engineers are important too.\n\n## Evaluation\n\nThe engineer who maintains the CT scanner matters.\n';
    assert.equal(of(essay, 'network-engineer'), '--');
    assert.equal(of('Clinical engineers are important.\n\nNetwork engineers are important too. The engineer who maintains the Wi-Fi matters.\n', 'network-engineer'), 'TD');
    // "these practitioners" and "a specialist nurse" refer to no role in particular.
    assert.deepEqual(rolesIn('These practitioners and a specialist nurse calibrate pumps.'), []);
    // Only the head of a name has short names: not "medical technology" of "Cybersecurity Professional for Medical Technology".
    assert.deepEqual(rolesIn('Cybersecurity analysts check firewalls. Medical technology is changing fast.'), ['medical-cybersecurity-professional']);
    assert.deepEqual(rolesIn('Healthcare is changing fast.'), []);
  });

  it('reads a technology name with one word misspelt, but not a role name, a verb or a short word', () => {
    const tech = (text: string, roleId: string): boolean => of(text, roleId).startsWith('T');
    assert.ok(tech('Dialysis technicians set up the dialisis machine.', 'dialysis-technician'));
    assert.ok(tech('Phlebotomists use a vacutaner tube.', 'phlebotomy-technician'));
    assert.ok(tech('Clinical engineers repair ventilaters.', 'clinical-engineer'));
    assert.ok(!tech('Biomedical scientists write analyses of samples.', 'biomedical-scientist'));
    assert.deepEqual(rolesIn('The sonagrapher scans babies.'), []);
  });

  it('names no one in a reference list', () => {
    const text = 'Clinical engineers repair ventilators (Morgan, 2019).\n\n## References\n\nSociety of Radiographers (2022) *Ultrasound practice guidance*. London: SoR.\n\n## Appendix\n\nSonographers scan babies.\n';
    assert.deepEqual(rolesIn(text), ['clinical-engineer', 'sonographer']);
    // "References" as a plain line, the list straight under it in the same paragraph.
    const plain = 'Clinical engineers repair ventilators.\n\nReferences\nhttps://www.healthcareers.nhs.uk\nSonographer | Health Careers\n\nMedical physicists | Health Careers\n';
    assert.deepEqual(rolesIn(plain), ['clinical-engineer']);
    // The word opening a sentence is no list's title.
    assert.deepEqual(rolesIn('References to sonographers are few. Sonographers scan babies.'), ['sonographer']);
  });

  it('reads a technician\'s name shortened to "tech", but not "tech" alone or after a technology', () => {
    assert.deepEqual(rolesIn('Renal techs set up the dialysis machines. EBME tech fixes pumps.'), ['dialysis-technician', 'biomedical-technologist']);
    assert.deepEqual(rolesIn('Medical tech is changing. The ultrasound tech is new.'), []);
  });

  it('reads an abbreviation between two words of a name in lower case: "pathology it technician"', () => {
    assert.deepEqual(rolesIn('the pathology it technician fixes the LIMS when it goes down'), ['pathology-it-technician']);
    // At either end of a name a lower-case "it" is still the pronoun.
    assert.deepEqual(rolesIn('The lab uses it. Technicians fix it.'), []);
  });

  it('reads a long name in capitals as shouted, not as an abbreviation', () => {
    assert.deepEqual(rolesIn('🤖 **ROBOTICS SPECIALIST** sets up the da Vinci robot.'), ['medical-robotics-specialist']);
  });

  it('keeps the capital S of a short abbreviation: "ID" is not "IDS"', () => {
    assert.equal(of('Phlebotomists check ID first.', 'phlebotomy-technician'), '-D');
    assert.equal(of('Cybersecurity analysts watch the IDS.', 'medical-cybersecurity-professional'), 'TD');
  });

  it('reads a bold title on a line of its own as a heading, and a part of the role under it', () => {
    // "**Network Engineer**" with its details on the next line heads the paragraphs after it, as it does with a blank line.
    const advert = '**Network Engineer**\nLocation: Leeds | Hours: Fixed term\n\nYou will install and configure the switches and routers.\n\n**Sonographer**\nSalary: Band 6\n';
    assert.equal(of(advert, 'network-engineer'), 'TD');
    assert.equal(of(advert, 'sonographer'), '--');
    // "**What they do**" under a role's bold title is part of it; "**Both:**" and "**Conclusion**" are not.
    assert.equal(of('**Radiographer**\nA radiographer works in hospitals.\n\n**What they do**\nThey take X-rays with X-ray machines.\n', 'radiographer'), 'TD');
    const both = '## Sonographers and radiographers\n\n**Only sonographers:**\n\n- scan babies\n\n**Only radiographers:**\n\n- work in hospitals\n\n**Both:**\n\n- use ultrasound probes\n';
    assert.equal(of(both, 'sonographer'), 'TD');
    assert.equal(of('**Phlebotomist**\nWard round every day taking bloods for the lab.\n', 'phlebotomy-technician'), '-D');
  });

  it('finds the subject after an opening phrase with no comma', () => {
    assert.equal(of('For these a radiographer comes to theatre with the C-arm and takes X-ray images.', 'radiographer'), 'TD', 'a demonstrative before an article is a pronoun');
    assert.equal(of('Before the patient comes in the robotics specialist docks the robot and runs the system checks.', 'medical-robotics-specialist'), 'TD', 'a particle ends the clause before');
    // In a document whose title names another role, which takes what names no one.
    const day = '# My day: Operating Department Practitioner\n\n## Emergencies\n\nFor these a radiographer comes with the C-arm and takes X-ray images.\n';
    assert.equal(of(day, 'radiographer'), 'TD');
  });

  it('reads the passive of any verb with a person as agent as a duty, but not being employed or staffed', () => {
    assert.equal(of('The blood is grouped by the biomedical scientists.', 'biomedical-scientist'), '-D');
    assert.equal(of('The blood is crossmatched by the biomedical scientists.', 'biomedical-scientist'), '-D');
    assert.equal(of('Radiographers are employed by the trust.', 'radiographer'), '--');
    assert.equal(of('The lab is staffed by lab technologists.', 'lab-technologist'), '--');
  });

  it('reads requirements and titles in an advert as no duty', () => {
    assert.equal(of('Computer scientists need strong programming skills and a degree.', 'computer-scientist'), '--');
    assert.equal(of('**Computer Scientist – Research Software**', 'computer-scientist'), '--');
    assert.equal(of('Health information technicians scan paper notes into the document management system.', 'medical-records-technician'), 'TD');
  });

  it("gives a script's or transcript's lines to the role their speaker is", () => {
    // Labels in capitals on paragraphs of their own: the speaker says what they are in a line of theirs, and later lines are theirs too.
    const play = 'NARRATOR: A sample arrives.\n\nJAMIE: Hi, I\'m a medical laboratory assistant.\n\nSFX: Whirring.\n\nJAMIE: Now I spin the samples in the centrifuge.\n';
    assert.equal(of(play, 'lab-technologist'), 'TD');
    // A bold label naming a person from the cast list; "I" in another speaker's line is not that role.
    const cast = '**Characters**\n\n- Chloe – surgical technologist\n- Tom – patient\n\n**Chloe:** Morning. I count the surgical instruments.\n\n**Tom:** I check the anaesthetic machine.\n';
    assert.equal(of(cast, 'surgical-technologist'), 'TD');
    const two = 'DR MENSAH: I\'m a biomedical scientist.\n\nKELLY: Hi, Kelly speaking, LIMS administrator. I\'ll restart the HL7 interface.\n';
    assert.equal(of(two, 'pathology-it-technician'), 'TD', 'a speaker who names themselves with the role');
    // Who answers a question about a role for themselves is it.
    const fair = 'DANI: What\'s an AI specialist?\n\nLENA: Good question! I build AI models that read chest X-rays.\n';
    assert.equal(of(fair, 'healthcare-ai-specialist'), 'TD');
    // "A:" lines of a Q/A write-up, after "A: I'm a network engineer".
    const qa = 'I interviewed my uncle.\n\nQ: what is your job\nA: I\'m a network engineer.\n\nQ: what do you do\nA: Configure the routers and firewalls.\n';
    assert.equal(of(qa, 'network-engineer'), 'TD');
    // Without the label the writer is who speaks: the biomedical scientist said before is not "I" here.
    assert.equal(of('DR MENSAH: I\'m a biomedical scientist.\n\nKELLY: I restart the LIMS.\n', 'biomedical-scientist'), '--');
    // Labels that are no speaker's ("Morning:") leave "I" the writer, who said what they are.
    assert.equal(of('I\'m a trainee radiographer.\n\nMorning: I took X-rays.\n\nAfternoon: I helped.\n\nMorning: I used the C-arm.\n', 'radiographer'), 'TD');
  });

  it('gives a person a role by "Marcus the prosthetist", "Dev, you\'re a ..." and "a biomedical engineer, Dr Kim!"', () => {
    assert.equal(of('Please welcome Marcus the prosthetist!\n\n**MARCUS:** I design the socket on CAD software.\n', 'prosthetist-orthotist'), 'TD');
    assert.equal(of('Now Dev, you\'re a cardiac physiologist.\n\n**DEV:** I fit Holter monitors.\n', 'cardiac-physiologist'), 'TD');
    assert.equal(of('Our last guest is a biomedical engineer, Dr Kim!\n\n**DR KIM:** I program the motors of bionic hands.\n', 'biomedical-engineer'), 'TD');
  });

  it('reads "Slide 5 – Medical Robotics Specialist" as the title of what follows, up to the next slide', () => {
    const deck = 'Slide 5 – Medical Robotics Specialist\n\n[picture of the da Vinci surgical robot]\n\n* Sets up the robot before the operation\n\nSlide 6 – Summary\n\n* Some of these jobs fix the scanners\n';
    assert.equal(of(deck, 'medical-robotics-specialist'), 'TD');
    // The summary slide is not the robotics specialist's: nothing on it is theirs.
    assert.equal(of('Slide 5 – Medical Robotics Specialist\n\n* Works in theatre\n\nSlide 6 – Summary\n\n* Sets up the da Vinci robot\n', 'medical-robotics-specialist'), '--');
  });

  it('heads a section about a role with a title that refers back to it', () => {
    const talk = 'A speaker called Priya came in. She is a clinical engineer.\n\n### What she said about her job\n\n- Uses an electrical safety analyser to test the pumps\n';
    assert.equal(of(talk, 'clinical-engineer'), 'TD');
    // "she" cannot refer back to roles named only in the plural.
    const plural = 'Their clinical applications specialists come in and train the nurses.\n\n### Other roles she mentioned\n\nThe radiotherapy machines are looked after by medical physicists.\n';
    assert.equal(of(plural, 'medical-device-specialist'), '-D');
  });

  it('reads who is to do what after "get" or "ask", and "it" after "anything" as no technology named before', () => {
    assert.equal(of('Kelly is a LIMS administrator. I\'ll get the network engineer to check the router.', 'network-engineer'), 'TD');
    assert.equal(of('Kelly is a LIMS administrator. Nobody asked the network engineer to check the router.', 'network-engineer'), '--', 'not done');
    assert.equal(of('The physicist checks the linear accelerator. If anything breaks the clinical engineers come and fix it.', 'clinical-engineer'), '-D');
    assert.equal(of('Cardiac physiologists look after hearts.', 'cardiac-physiologist'), '--', 'looking after a body is care');
    assert.equal(of('You saw the sonographer last week.', 'sonographer'), '--', '"last" is no activity');
    assert.equal(of('If there was no medical device specialist then nurses wouldn\'t know how to use new equipment.', 'medical-device-specialist'), '--', 'a noun before a modal');
    assert.equal(of('AI specialist. Pros: AI can read scans faster than a human.', 'healthcare-ai-specialist'), '--', 'what AI does is not what the specialist does');
  });

  it('reads very short answers: a list "who all do", "do dialysis", making sure what a device does', () => {
    const list = 'theres loads of roles like radiographers, sonographers and cardiographers who all do tests on patients.';
    for (const id of ['radiographer', 'sonographer', 'cardiac-physiologist']) assert.equal(of(list, id), '-D', id);
    // Without "all", the relative clause is the last name's.
    assert.equal(of('I met radiographers and a sonographer who does tests on patients.', 'radiographer'), '--');
    assert.equal(of('then theres renal technicians who do dialysis for people whos kidneys dont work', 'dialysis-technician'), '-D');
    assert.equal(of('Role: Dialysis technician\nWhat technology do they use? dialysis machine\n', 'dialysis-technician'), 'T-', 'the treatment names no duty outside "do"');
    assert.equal(of('medical physicists make sure the radiotherapy machines give the right dose.', 'medical-physicist'), 'TD');
    assert.equal(of('Radiographers make sure patients are safe.', 'radiographer'), '--', 'an aim');
  });

  it('reads a careers guide in the second person: "You\'d set up", not what you love doing or training you get', () => {
    assert.equal(of('You could become a Medical Robotics Specialist. You\'d set up the robot before the operation.', 'medical-robotics-specialist'), 'TD');
    assert.equal(of('Computer scientist - If you love coding you could work on health software.', 'computer-scientist'), '--');
    assert.equal(of('Nuclear medicine technologists are safe and you get special training on radiation.', 'nuclear-medicine-technologist'), '--');
    assert.equal(of('Medical device specialists spend the day training nurses on new infusion pumps.', 'medical-device-specialist'), 'TD');
  });

  it('reads "trained" before "the" as a verb, not a modifier of the role after it', () => {
    const visit = 'A medical device specialist came and trained the radiographers on the CT scanner software.';
    assert.equal(of(visit, 'medical-device-specialist'), 'TD');
    assert.equal(of(visit, 'radiographer'), 'T-', 'being trained is no duty; what they are trained on is their technology');
    assert.equal(of('The trained radiographers take X-rays.', 'radiographer'), 'TD');
  });

  it('reads "she" after "She saw a sonographer" as the patient, and "This was done by" as a duty', () => {
    const visit = 'At 12 weeks Lily had her first scan. She saw a sonographer, who was friendly. She had to have a full bladder and she took the picture home.';
    assert.equal(of(visit, 'sonographer'), '--');
    // After "he meets a radiographer", "She ..." is the radiographer: not he.
    const imaging = 'The consultant wants an X-ray, so Mr Patel goes to imaging, where he meets a radiographer. She asks him to stand still and takes the X-ray image.';
    assert.equal(of(imaging, 'radiographer'), 'TD');
    assert.equal(of('The consultant wants an X-ray, so Mr Patel goes to imaging, where he meets a radiographer. He takes off his shirt and puts the X-ray gown on.', 'radiographer'), '--');
    // Unless the sentence says what she is.
    assert.equal(of('A man came up. He said he was a biomedical equipment technician. He swapped the infusion pump for a new one.', 'biomedical-technologist'), 'TD');
    assert.equal(of('Lily had a blood test. This was done in the lab by the biomedical scientists.', 'biomedical-scientist'), '-D');
    // The object of a relative clause stands before it: the verb alone says what the role did.
    assert.equal(of('He had an MRI scan which the radiographer performed.', 'radiographer'), 'TD');
    assert.equal(of('The lab tests the samples that the phlebotomists have labelled.', 'phlebotomy-technician'), '-D');
  });

  it('reads a reason in the present after a future modal as now, and "will" or "can" before any verb as the role\'s', () => {
    assert.equal(of('In years to come there will be more perfusionists, as heart-lung machines are used in longer operations.', 'perfusionist'), 'T-');
    assert.equal(of('In years to come perfusionists will be needed and heart-lung machines will be used more.', 'perfusionist'), '--');
    assert.equal(of('Cybersecurity professionals will stop criminals reaching the patient records.', 'medical-cybersecurity-professional'), '-D');
    assert.equal(of('Cybersecurity professionals could lose their job after a breach.', 'medical-cybersecurity-professional'), '--');
    assert.equal(of('Senior clinical coders can reach Band 7.', 'clinical-coder'), '--');
  });

  it('reads "things" as work unsaid only after a verb that says no work of its own, and "make it happen" as an aim', () => {
    assert.equal(of('Biomedical engineers invent new things for hospitals.', 'biomedical-engineer'), '-D');
    assert.equal(of('Biomedical engineers do loads of things for hospitals.', 'biomedical-engineer'), '--');
    assert.equal(of('Health informaticians are needed to make it happen.', 'health-informatician'), '--');
  });
  it('reads "the same trainer" as the role last named with that name', () => {
    const same = 'A medical device trainer came to the ward when the new pumps arrived.\n\nThe same trainer also showed staff how to set up the new ventilators.';
    assert.equal(of(same, 'medical-device-specialist'), 'TD');
    // A short name opening a paragraph, with nothing before it.
    assert.equal(of('Clinical coders work in the coding office.\n\nCoders assign codes to each diagnosis.', 'clinical-coder'), '-D');
  });
  it('reads a second -ing after "and" as the first one is read, and a technology before "dept", "wing" or "bay" as a place', () => {
    assert.equal(of('Clinical scientists are vital for diagnosing and treating patients.', 'clinical-scientist'), '--');
    assert.equal(of('Clinical engineers are responsible for checking and repairing the pumps.', 'clinical-engineer'), '-D');
    assert.equal(of('Radiographers (they work in the X-ray dept) are very important.', 'radiographer'), '--');
    assert.equal(of('Dialysis technicians work in the dialysis bay.', 'dialysis-technician'), '--');
    // "the programming side": a field of work, not an activity.
    assert.equal(of('Computer scientists are more about the theory and programming side.', 'computer-scientist'), '--');
    // "Training is a 3-year degree": an -ing word before "is" is the subject, not an activity.
    assert.equal(of('Perfusionists work in theatre. Training is a 3-year degree.', 'perfusionist'), '--');
    assert.equal(of('Sonographers spend the day scanning babies.', 'sonographer'), '-D');
  });
  it('reads "I have" and "we can" as the writer\'s own doing, and "my dad is a ROLE" as naming who "Dad:" is', () => {
    assert.equal(of('Network engineers are busy. I have written it up like a script.', 'network-engineer'), '--');
    assert.equal(of('Network engineers are busy. We can repair the switch.', 'network-engineer'), '--');
    // So is what an institution has done or will do.
    assert.equal(of('Cyber security professionals are busy. Since then the NHS has taken cyber security much more seriously.', 'medical-cybersecurity-professional'), '--');
    assert.equal(of('Radiographers are busy. The hospital will buy new CT scanners.', 'radiographer'), 'T-');
    // The writer who is the role, or a quoted speaker, still says what the role does.
    assert.equal(of("I'm a network engineer. I have repaired the switch.", 'network-engineer'), '-D');
    const script = 'My dad is a network engineer, so I interviewed him.\n\n**Me:** What do you do?\n\n**Dad:** Today I was putting in new wireless access points on the ward.';
    assert.equal(of(script, 'network-engineer'), 'TD');
    assert.equal(of(script.replace('My dad is', 'My dad knows'), 'network-engineer'), '--');
  });
  it('reads "my aunt, who has been a ROLE" and "works as a ROLE" as naming her, and a later "My aunt ..." as the role\'s', () => {
    const story = (intro: string): string => `${intro}\n\n## My aunt's job\n\nMy aunt uses the CT scanner every day.`;
    assert.equal(of(story('I interviewed my aunt, who has been a radiographer for ten years.'), 'radiographer'), 'T-');
    assert.equal(of(story('My aunt works as a radiographer at the local hospital.'), 'radiographer'), 'T-');
    assert.equal(of(story('My aunt, who knows a radiographer, told me about the hospital.'), 'radiographer'), '--');
  });
  it('reads what someone else would do without a role as no duty of it, and "take ages" as how long', () => {
    assert.equal(of('Without radiographers, doctors would have no X-rays to look at.', 'radiographer'), 'T-');
    assert.equal(of('If there were no sonographers, patients would wait for weeks to see a doctor.', 'sonographer'), '--');
    // What would go undone is what the role does; so is what the opening says.
    assert.equal(of('If there were no biomedical scientists, nobody would analyse the blood samples.', 'biomedical-scientist'), '-D');
    assert.equal(of('Without clinical engineers checking them, doctors could not trust the infusion pumps.', 'clinical-engineer'), 'TD');
    assert.equal(of('If there were no lab technicians, results would take ages.', 'lab-technologist'), '--');
    assert.equal(of('Lab technicians take ages to test the samples.', 'lab-technologist'), '-D');
  });
  it('reads "Q." and "A." as labels, and a one-line answer to "Who ...?" with a hedge or where they work', () => {
    assert.equal(of('Q. What does a computer scientist do?\n\nA. They write code and test new programs.', 'computer-scientist'), '-D');
    // "A cybersecurity specialist is ..." after "A." is no speaker naming themselves: the answers stay each role's own.
    const qa = 'Q. What is a cybersecurity specialist?\n\nA. A cybersecurity specialist is the expert on firewalls.\n\nQ. Who is a pathology IT technician?\n\nA. They fix the barcode printers.';
    assert.equal(of(qa, 'medical-cybersecurity-professional'), 'T-');
    assert.equal(of('Who repairs the da Vinci robot?\nAnswer: probably a biomedical engineer from the company.', 'biomedical-engineer'), 'TD');
    assert.equal(of('Who repairs the da Vinci robot?\nAnswer: a biomedical engineer, but nobody knows.', 'biomedical-engineer'), '--');
  });
  it('reads a role after "At the clinic I was in," as the subject, not named in passing', () => {
    const text = '## Cardiac physiologists\n\nCardiac physiologists record ECGs.\n\nAt the clinic I was in, the phlebotomist also took bloods from the same patients.';
    assert.equal(of(text, 'phlebotomy-technician'), '-D');
    assert.equal(of('## Cardiac physiologists\n\nCardiac physiologists record ECGs and work with, among others, phlebotomists.', 'phlebotomy-technician'), '--');
  });
  it('reads "preps samples" as a duty, and a bold name with an aside in brackets as a heading for the list under it', () => {
    assert.equal(of('Lab technicians prep the samples and load the analysers.', 'lab-technologist'), 'TD');
    assert.equal(of('Lab technicians preps samples.', 'lab-technologist'), '-D');
    const listed = '**Health informatician** (also called clinical informatician)\n- EPR / EHR systems\n- builds dashboards for managers';
    assert.equal(of(listed, 'health-informatician'), 'TD');
  });
  it('reads a passive whose "are" stands far before "by": "are then sent out and tested in the hospital lab by"', () => {
    const text = 'A phlebotomist takes blood for tests. The samples are then sent out and tested in the hospital lab by a biomedical scientist.';
    assert.equal(of(text, 'biomedical-scientist'), '-D');
    assert.equal(of(text, 'phlebotomy-technician'), '-D');
  });
  it('gives who is trained on a technology that technology too, and leaves the trainer the topic of "they"', () => {
    const text = 'The clinical engineer trains the sonographers on the new ultrasound machine. They also repair the infusion pumps.';
    assert.equal(of(text, 'sonographer'), 'T-');
    assert.equal(of(text, 'clinical-engineer'), 'TD');
    // Not when the training did not happen.
    assert.equal(of('The clinical engineer never trained the sonographers on the ultrasound machine.', 'sonographer'), '--');
  });
  it('reads "She ..." quoted before its speaker as about someone else, the one named before', () => {
    const text = 'A clinical applications specialist from the company came when they first got the robot. "She trained every one of us on how to dock the arms," the ODP said.';
    assert.equal(of(text, 'medical-device-specialist'), 'TD');
    assert.equal(of(text, 'surgical-technologist'), '--');
    // The speaker's own words stay the speaker's.
    assert.equal(of('"I check the anaesthetic machine every morning," the ODP said.', 'surgical-technologist'), 'TD');
  });
  it('reads a role as the subject past where it works: "the clinical engineers in the hospital test ..."', () => {
    const text = 'I phoned the EBME technicians. She told us the clinical engineers in the hospital test and service every ECG machine.';
    assert.equal(of(text, 'clinical-engineer'), 'TD');
    assert.equal(of(text, 'biomedical-technologist'), '--');
    assert.equal(of(text.replace('hospital test', 'hospital "test') + '"', 'clinical-engineer'), 'TD');
  });
});

describe('names the student defines (defined.ts)', () => {
  const ids = (markdown: string): string[] => checker.check(markdown).coverage.roles.map((r) => r.id);

  it('reads a short form defined in brackets, by "call", by "are the" or by a key line as the role', () => {
    assert.equal(of('Medical physicists (MPs) and radiographers work in radiotherapy. Radiographers position the patient. The MPs plan each dose on the treatment planning system.', 'medical-physicist'), 'TD');
    assert.equal(of('Perfusionists are the perfs. Radiographers are in imaging.\n\nThe perfs run the heart-lung machine in theatre.', 'perfusionist'), 'TD');
    assert.equal(of('We had sonographers, who everyone calls the sonos, and midwives. Radiographers were there too.\n\nThe sonos measure the baby with an ultrasound probe.', 'sonographer'), 'TD');
    assert.equal(of('- CE = Clinical Engineer\n\n| Role | Work |\n|---|---|\n| CE | Services the infusion pumps |', 'clinical-engineer'), 'TD');
    assert.equal(of('"Phleb" is short for phlebotomist. A phleb labels every blood tube with a barcode printer.', 'phlebotomy-technician'), 'TD');
    // Without its definition a short form names no one.
    assert.deepEqual(ids('The MPs plan each dose on the treatment planning system.'), []);
  });

  it('defines nothing by a word not made from the name, by a name, or by a form given to two roles', () => {
    // "US" is not made from "sonographers": the brackets say what they use, and "US" later names no one.
    const us = checker.check('Sonographers (US) work in the antenatal clinic. US staff check the baby grows.').coverage.roles;
    assert.deepEqual(us.map((r) => [r.id, r.mentions.length]), [['sonographer', 1]]);
    // "(ODPs)" is already a name of the role; the role is found once per mention, not twice.
    const odp = checker.check('Operating department practitioners (ODPs) prepare the anaesthetic machine.').coverage.roles;
    assert.deepEqual(odp.map((r) => [r.id, r.mentions.length]), [['surgical-technologist', 2]]);
    // "CS" made from both names: it names neither.
    const both = 'Clinical scientists (CS) and computer scientists (CS) both work here. CS analyse data on the LIMS.';
    assert.equal(of(both, 'clinical-scientist'), '--');
    assert.equal(of(both, 'computer-scientist'), '--');
  });

  it('reads "ROLE, or FORM," as a definition, and a key mark with nothing before it as none', () => {
    assert.equal(of('Biomedical engineers, or BMEs, work in the hospital. Radiographers work in imaging.\n\nBMEs design new heart valves with CAD software.', 'biomedical-engineer'), 'TD');
    // A stray "=" or ":" opening the text has no short form before it: the role is still read, and nothing breaks.
    assert.equal(of('=Phlebotomists take blood samples and print barcode labels for every tube.', 'phlebotomy-technician'), 'TD');
    assert.equal(of(': Clinical engineers repair infusion pumps.', 'clinical-engineer'), 'TD');
  });

  it('reads "(or \'sonos\' from here on)", "(called perfs)" and "Perfusionists or perfs." as definitions', () => {
    assert.equal(of("Sonographers (or 'sonos' from here on) work in the antenatal clinic. Radiographers work in imaging.\n\nThe sonos measure the baby with an ultrasound probe.", 'sonographer'), 'TD');
    assert.equal(of('Perfusionists (called perfs) work in theatre. Radiographers work in imaging.\n\nThe perfs run the heart-lung machine.', 'perfusionist'), 'TD');
    assert.equal(of('Perfusionists or perfs. Radiographers work in imaging.\n\nThe perfs run the heart-lung machine.', 'perfusionist'), 'TD');
  });

  it('reads "known as", "(or the FORM from now on)", and "called FORM" before "and", "who" or "because" as definitions', () => {
    assert.equal(of('Perfusionists are known as perfs. Radiographers work in imaging.\n\nThe perfs run the heart-lung machine in theatre.', 'perfusionist'), 'TD');
    assert.equal(of('Sonographers (or the sonos from now on) work in the antenatal clinic. Radiographers work in imaging.\n\nThe sonos measure the baby with an ultrasound probe.', 'sonographer'), 'TD');
    assert.equal(of('Radiographers, who we called rads and who work in imaging, are busy. Sonographers are too.\n\nRads position each patient for the X-ray machine.', 'radiographer'), 'TD');
    assert.equal(of('Clinical engineers are called CEs because it is quicker. Radiographers work in imaging.\n\nCEs repair the infusion pumps.', 'clinical-engineer'), 'TD');
    // The same later paragraphs alone name no one.
    for (const later of ['The perfs run the heart-lung machine in theatre.', 'The sonos measure the baby with an ultrasound probe.', 'CEs repair the infusion pumps.']) assert.deepEqual(ids(later), []);
  });
});

describe('a role by its place in the answer\'s list (ordinals.ts)', () => {
  const mentions = (markdown: string): [string, number][] => checker.check(markdown).coverage.roles.map((r) => [r.id, r.mentions.length]);
  const listed = 'I will describe three roles:\n\n1. Audiologist\n2. Perfusionist\n3. Clinical coder\n\n';

  it('reads a "Role 2" heading or bold lead-in as the second role listed', () => {
    const headings = `${listed}## Role 1\n\nThey test hearing with an audiometer.\n\n## Role 2\n\nThis practitioner runs the heart-lung machine during bypass surgery.\n\n## Role three\n\nThey enter codes into the PAS.\n`;
    assert.equal(of(headings, 'perfusionist'), 'TD');
    assert.equal(of(headings, 'clinical-coder'), 'TD');
    const bold = `${listed}**Role 2** primes the bypass circuit on the heart-lung machine.\n\n**Role 3** just works in an office.\n`;
    assert.equal(of(bold, 'perfusionist'), 'TD');
    assert.equal(of(bold, 'clinical-coder'), '--');
    // Without the list the same paragraphs name no one, and a reference is no mention.
    assert.deepEqual(mentions('## Role 2\n\nThis practitioner runs the heart-lung machine during bypass surgery.\n'), []);
    assert.deepEqual(mentions(headings), [['audiologist', 1], ['perfusionist', 1], ['clinical-coder', 1]]);
  });

  it('reads "the first role", "the second one I mentioned" and "the last role" by the order the roles were first named', () => {
    const intro = 'Hospitals need sonographers, renal technicians and network engineers.\n\n';
    const text = `${intro}The first role scans pregnant women with an ultrasound probe.\n\nThe second one I mentioned connects patients to the dialysis machine. Finally, the last role sets up the hospital's routers.\n`;
    assert.equal(of(text, 'sonographer'), 'TD');
    assert.equal(of(text, 'dialysis-technician'), 'TD');
    assert.equal(of(text, 'network-engineer'), 'TD');
    // A list of roles beats the order of first mention: the radiographers named in passing first are not on it.
    const passing = `Radiographers get the most attention. ${listed}The first role fits hearing aids.\n`;
    assert.equal(of(passing, 'audiologist'), 'TD');
    assert.equal(of(passing, 'radiographer'), '--');
  });

  it('leaves "the first one" after two roles to them, and counts nothing that is no place in the list', () => {
    // After a paragraph naming two roles, "the first one" is the first of those two, however many came before.
    const pair = `${listed}I also met a clinical engineer and a phlebotomist.\n\nThe first one repairs infusion pumps.\n`;
    assert.equal(of(pair, 'clinical-engineer'), 'TD');
    assert.equal(of(pair, 'audiologist'), '--');
    // "the first job of the day", "role 2 years ago", a place past the end of the list: no reference.
    assert.equal(of(`${listed}The first job of the day is to calibrate the audiometer.\n`, 'audiologist'), '--');
    assert.equal(of(`${listed}I started that job 2 years ago and calibrate the audiometer.\n`, 'audiologist'), '--');
    assert.equal(of(`${listed}The fifth role calibrates the audiometer.\n`, 'audiologist'), '--');
  });
});

describe('work put right from someone else (contrast.ts)', () => {
  it('gives the work a cleft denies one person to the role after it', () => {
    assert.equal(of('It is not the doctor who takes your X-ray, it is the radiographer.', 'radiographer'), 'TD');
    assert.equal(of("It's not the surgeon that sets up the da Vinci robot but the robotics specialist.", 'medical-robotics-specialist'), 'TD');
    assert.equal(of('Its not the doctor who takes your X-ray, its the radiographer.', 'radiographer'), 'TD');
    // No role after the contrast: the work is nobody's here.
    assert.equal(of('It is not the doctor who takes your X-ray. Radiographers work in imaging.', 'radiographer'), 'T-');
  });
  it('gives "... don\'t VERB X, ROLE do" the work, in one sentence or two', () => {
    assert.equal(of("Doctors don't take the X-rays, radiographers do.", 'radiographer'), 'TD');
    assert.equal(of('The doctor does not take your X-ray; the radiographer does.', 'radiographer'), 'TD');
    assert.equal(of('Nurses do not run the dialysis machines. Renal technicians do.', 'dialysis-technician'), 'TD');
    // "radiographers do the paperwork": a verb and object of their own, not the work denied.
    assert.equal(of("Doctors don't take the X-rays, radiographers do the paperwork.", 'radiographer'), 'T-');
    assert.equal(of('Nurses do not run the dialysis machines. Renal technicians work in the unit.', 'dialysis-technician'), '--');
  });
  it('reads "it is not the ROLE who ..." as denying the role what "who" opens', () => {
    assert.equal(of('It is not the radiographer who reads the X-ray, it is the radiologist.', 'radiographer'), 'T-');
    assert.equal(of('It is the radiographer who reads the X-ray.', 'radiographer'), 'TD');
  });
  it('reads training in a field, "is all about doing", a fear and an adverbial between commas', () => {
    assert.equal(of('Some radiographers go on to train in nuclear medicine later.', 'radiographer'), '--');
    assert.equal(of('Medical device specialists train the nurses on the new infusion pumps.', 'medical-device-specialist'), 'TD');
    assert.equal(of('Medical records technicians are more about keeping the records in order.', 'medical-records-technician'), '-D');
    assert.equal(of('AI specialists are new. People are worried that they will replace staff.', 'healthcare-ai-specialist'), '--');
    assert.equal(of('Biomedical engineers, on the other hand, design new prosthetic limbs.', 'biomedical-engineer'), 'TD');
  });
  it('reads "she" or "they" in what a writer who is the role says as someone else', () => {
    const story = 'I am a radiographer. My best friend at work is a sonographer and she does the baby scans.';
    assert.equal(of(story, 'radiographer'), '--');
    assert.equal(of(story, 'sonographer'), '-D');
    assert.equal(of('I am a radiographer. Every day I take chest X-rays.', 'radiographer'), 'TD');
  });
  it('reads "ROLE1 are a type of ROLE2 who ..." and the sentences after it as ROLE1\'s', () => {
    const text = 'Clinical scientists are another group. Medical physicists are a type of clinical scientist who work in radiotherapy. They check the linear accelerators every morning.';
    assert.equal(of(text, 'medical-physicist'), 'TD');
    assert.equal(of(text, 'clinical-scientist'), '--');
  });
  it('reads "e.g. doing" as an example of the work, unless it follows what something is', () => {
    assert.equal(of('Health informaticians help the hospital use data, e.g. designing screens in the EPR.', 'health-informatician'), 'TD');
    assert.equal(of('AI specialist – AI is the future, e.g. reading CT scans.', 'healthcare-ai-specialist'), 'T-');
  });
  it('reads what another person means to do, a registration, being made to laugh and another subject\'s clause before "and" as no duty', () => {
    assert.equal(of('Radiographers are very important because doctors need to see inside the body to find out what is wrong with the patient.', 'radiographer'), '--');
    assert.equal(of('Doctors ask radiographers to take X-rays.', 'radiographer'), 'TD');
    assert.equal(of('The phlebotomist had gone home at 8 so the doctors had to take the bloods themselves.', 'phlebotomy-technician'), '--');
    assert.equal(of('Biomedical scientists have to complete the IBMS registration portfolio.', 'biomedical-scientist'), '--');
    assert.equal(of('Before it I met an ODP who was very friendly and made me laugh.', 'surgical-technologist'), '--');
    const theatre = 'Surgeons operate on the heart. In the next theatre they were doing a heart operation and the perfusionist was sat by the heart-lung machine. Radiographers take X-rays.';
    assert.equal(of(theatre, 'perfusionist'), 'T-');
  });
  it('gives a relative clause on another role, past where it works, to that role, even where the writer is a role', () => {
    const letter = 'I am a prosthetist. I fit artificial limbs. I work closely with a biomedical engineer at the university who is testing a pressure sensor.';
    assert.equal(of(letter, 'biomedical-engineer'), 'TD');
    assert.equal(of('I am a prosthetist. I work closely with a biomedical engineer at the university who is testing a pressure sensor.', 'prosthetist-orthotist'), '--');
  });
  it('reads a device writer named with its owner, and "my" in a duty\'s clause, as the technology the role works on', () => {
    const story = (tail: string): string => `I am Northfield General Hospital's electronic patient record. I live on servers in the basement.\n\n${tail}`;
    assert.equal(of(story('The medical records technicians scan the paper letters into my system, and they merge records.'), 'medical-records-technician'), 'TD');
    assert.equal(of(story('A clinical coder turns the result into a code so that the hospital gets paid for my work.'), 'clinical-coder'), '-D');
  });
  it('reads "the scanner" past its paragraph as the technology a heading named, and "the scanners" not', () => {
    const story = (body: string): string => `## When the MRI scanner broke down\n\nIt was a Monday.\n\n${body}`;
    assert.equal(of(story('The radiographer was scanning a knee when the scanner showed an error.'), 'radiographer'), 'TD');
    assert.equal(of(story('The radiographers said the scanners were old.'), 'radiographer'), '--');
    assert.equal(of('It was a Monday and the MRI scanner broke down.\n\nThe radiographer was scanning a knee when the scanner showed an error.', 'radiographer'), '-D');
  });
  it('reads ", which" after a role as its clause, and "similar but more about doing" as what the job is about', () => {
    assert.equal(of("There's a radiographer, which takes X-rays.", 'radiographer'), 'TD');
    assert.equal(of('Radiographers use the scanner, which takes X-rays.', 'radiographer'), 'T-');
    assert.equal(of('There is the health information technician, which is similar but more about keeping the files in order.', 'medical-records-technician'), '-D');
  });
  it('reads the name\'s own verb with no object, and a training scheme done, as no duty', () => {
    assert.equal(of('Clinical coders code all day in the office.', 'clinical-coder'), '--');
    assert.equal(of('Clinical coders are coding in the hospital.', 'clinical-coder'), '--');
    assert.equal(of('Clinical coders code diagnoses using ICD-10.', 'clinical-coder'), 'TD');
    assert.equal(of('The clinical scientist did the STP training scheme to get there.', 'clinical-scientist'), '--');
    assert.equal(of('Clinical engineers run training sessions for nurses.', 'clinical-engineer'), '-D');
  });
  it('reads "do the day-to-day fixing" as work, and an age, a bare total or time shared out as none', () => {
    assert.equal(of('EBME technicians do the day-to-day fixing of broken kit.', 'biomedical-technologist'), '-D');
    assert.equal(of('Some clinical scientists split their time between the NHS and a university.', 'clinical-scientist'), '--');
    assert.equal(of('Some clinical scientists split the samples into tubes.', 'clinical-scientist'), '-D');
    assert.equal(of('There is screening for men in the year they turn 65. A sonographer is part of the team.', 'sonographer'), '--');
    assert.equal(of('Biomedical scientists test 500 samples a day.', 'biomedical-scientist'), '-D');
  });
});
