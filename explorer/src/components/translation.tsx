// How a record's text stands to the interface language: notes when it is not
// in that language or not as its author wrote it, the languages it can be read
// in, and a small marker on a list card. Each record's `translations` lists its
// original first, then each translation.
import { Fragment } from 'preact';
import type { TranslationStatus } from '../gql/graphql';
import { useT, useUiLang } from '../i18n';

interface Language {
  language: string;
}

interface Translation extends Language {
  status: TranslationStatus;
}

/** The language part of a tag (`cy` of `cy-GB`), as the server matches them. */
function primary(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/**
 * Whether the record can be read in `lang`. Decided from its translations,
 * not its served text, so a note is right at once when the interface language
 * changes, before the text in the new language arrives.
 */
function readableIn(translations: readonly Language[], lang: string): boolean {
  return translations.some((tr) => primary(tr.language) === primary(lang));
}

// Named here, not by Intl.DisplayNames alone: some browsers' data lack Welsh.
const AUTONYMS: Record<string, string> = { en: 'English', cy: 'Cymraeg' };

/** A language's name in itself (English, Cymraeg), as language lists name them. */
export function autonym(tag: string): string {
  const known = AUTONYMS[primary(tag)];
  if (known) return known;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** What a reader should know about the text shown: not in their language, by machine, or older than the original. */
export function TranslationNote({ served, translations }: { served: string; translations: readonly Translation[] }) {
  const t = useT();
  const ui = useUiLang();
  const status = translations.find((tr) => tr.language === served)?.status;
  const notes: string[] = [];
  if (!readableIn(translations, ui)) notes.push(t.translation.notTranslated(t.labels.languageName(served)));
  if (status === 'MACHINE') notes.push(t.translation.machine);
  if (status === 'OUTDATED') notes.push(t.translation.outdated);
  return notes.length > 0 ? <p class="translation-note">{notes.join(' ')}</p> : null;
}

/** The languages a record can be read in, as a row of a summary list: "English (original), Cymraeg (machine translation)". */
export function LanguagesRow({ translations }: { translations: readonly Translation[] }) {
  const t = useT();
  return (
    <div>
      <dt>{t.translation.available}</dt>
      <dd class="languages-available">
        {translations.map((tr, i) => (
          <Fragment key={tr.language}>
            {i > 0 && ', '}
            <span lang={tr.language}>{autonym(tr.language)}</span> ({t.translation.status[tr.status]})
          </Fragment>
        ))}
      </dd>
    </div>
  );
}

/** A card's marker ("EN") of the language its text is shown in, when the record cannot be read in the interface's. */
export function LanguageBadge({ served, translations }: { served: string; translations: readonly Language[] }) {
  const t = useT();
  const ui = useUiLang();
  if (readableIn(translations, ui)) return null;
  return (
    <span class="badge badge-lang">
      <span aria-hidden="true">{primary(served).toUpperCase()}</span>
      <span class="visually-hidden">{t.translation.shownIn(t.labels.languageName(served))}</span>
    </span>
  );
}
