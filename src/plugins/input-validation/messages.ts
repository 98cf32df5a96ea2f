import { type PayloadRequest, ValidationError, type ValidationFieldError } from 'payload'

import { say } from '../errors/classified'
import { MAX_ID } from './values'

/** One thing wrong with a request: the parameter or field (`where.type.equals`, `sessions.0.startsAt`) and why. */
export type Problem = ValidationFieldError

const build = (language: 'fr' | 'en') => {
  const t = (fr: string, en: string) => say(language, fr, en)
  return {
    id: t(
      `Un identifiant est un nombre entier de 1 à ${MAX_ID}`,
      `An id is a whole number from 1 to ${MAX_ID}`,
    ),
    wholeNumber: (min: number) =>
      t(
        `Un nombre entier de ${min} à ${MAX_ID} est attendu`,
        `A whole number from ${min} to ${MAX_ID} is expected`,
      ),
    number: t('Un nombre est attendu', 'A number is expected'),
    text: t('Un texte est attendu', 'Text is expected'),
    boolean: t('true ou false est attendu', 'true or false is expected'),
    date: t(
      'Une date valide est attendue (ex. 2014-03-10 ou 2014-03-10T08:30:00Z)',
      'A valid date is expected (e.g. 2014-03-10 or 2014-03-10T08:30:00Z)',
    ),
    list: t('Une liste est attendue', 'A list is expected'),
    object: t('Un objet JSON est attendu', 'A JSON object is expected'),
    richText: t(
      'Un texte riche est attendu (l’objet JSON de l’éditeur, avec sa racine « root »)',
      'Rich text is expected (the editor’s JSON object, with its "root")',
    ),
    point: t(
      'Un point [longitude, latitude] est attendu',
      'A point [longitude, latitude] is expected',
    ),
    nul: t(
      'Le caractère nul (\\u0000) n’est pas accepté',
      'The NUL character (\\u0000) is not accepted',
    ),
    tooLong: (max: number) => t(`${max} caractères au plus`, `At most ${max} characters`),
    option: (value: unknown, options: string[]) =>
      t(
        `« ${String(value)} » n’est pas une valeur possible (${options.join(', ')})`,
        `"${String(value)}" is not a possible value (${options.join(', ')})`,
      ),
    relation: (collections: string[]) =>
      t(
        `Une relation { relationTo, value } est attendue, relationTo parmi ${collections.join(', ')}`,
        `A relation { relationTo, value } is expected, relationTo one of ${collections.join(', ')}`,
      ),
    missing: (collection: string, id: unknown) =>
      t(
        `Le document ${String(id)} n’existe pas dans ${collection}`,
        `Document ${String(id)} does not exist in ${collection}`,
      ),
    data: t(
      'Le corps de la requête doit être un objet JSON : les champs du document',
      'The request body must be a JSON object: the fields of the document',
    ),
    unknownField: (name: string) =>
      t(
        `Champ inconnu, ou qu’on ne peut ni filtrer ni trier : « ${name} »`,
        `Unknown field, or one that cannot be filtered or sorted: "${name}"`,
      ),
    unreadable: (name: string) =>
      t(
        `On ne peut ni filtrer ni trier sur « ${name} » : ce chemin lit des documents ou des champs que vous ne pouvez pas tous lire`,
        `You may not filter or sort by "${name}": this path reads documents or fields you may not all read`,
      ),
    unknownOperator: (operator: string, possible: readonly string[]) =>
      t(
        `Opérateur inconnu ou sans effet sur ce champ : « ${operator} » (possibles : ${possible.join(', ')})`,
        `Unknown operator, or one that does not apply to this field: "${operator}" (possible: ${possible.join(', ')})`,
      ),
    conditions: t(
      'Des conditions sont attendues : where[champ][opérateur]=valeur',
      'Conditions are expected: where[field][operator]=value',
    ),
    conditionList: t(
      'Une liste de conditions est attendue : where[or][0][champ][opérateur]=valeur',
      'A list of conditions is expected: where[or][0][field][operator]=value',
    ),
    locale: (codes: string[]) =>
      t(
        `Langue inconnue (possibles : ${codes.join(', ')})`,
        `Unknown locale (possible: ${codes.join(', ')})`,
      ),
    perLocale: (codes: string[]) =>
      t(
        `Avec locale=all, une valeur par langue est attendue : { ${codes.map((c) => `${c}: …`).join(', ')} }`,
        `With locale=all, one value per locale is expected: { ${codes.map((c) => `${c}: …`).join(', ')} }`,
      ),
  }
}

const both = { fr: build('fr'), en: build('en') }

export type Messages = typeof both.fr

/** Why a value was refused, in the caller's language (French unless it reads English). */
export const messages = (language: string | undefined): Messages =>
  language === 'en' ? both.en : both.fr

/** Refuses the operation with Payload's own validation error: a 400 listing every problem. */
export const refuse = (req: PayloadRequest, collection: string, problems: Problem[]): never => {
  throw new ValidationError({ collection, errors: problems, req }, req.t)
}
