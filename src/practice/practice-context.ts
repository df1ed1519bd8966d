import { createContext } from '@lit/context';

/**
 * The practice's details as `<stall-practice>` provides them to every component inside it.
 * Frozen: the provider replaces the whole object on a change, which is what tells consumers.
 */
export interface PracticeConfig {
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  /** Always an `https:` address. */
  readonly bookingUrl?: string;
  readonly address?: string;
  readonly hours?: string;
  /** An `https:` directory of crisis lines in other countries, linked from the "Somewhere else" advice. */
  readonly crisisDirectoryUrl?: string;
  /** ISO 3166-1 alpha-2, upper case; `ZZ` when the practice set a country that is not recognised. */
  readonly country?: string;
  /** BCP 47 language tag. */
  readonly lang?: string;
  /** The practice's own competing interests, shown in a decision aid's "About" (IPDAS disclosure). */
  readonly competingInterests?: string;
  /** Who wrote or reviewed the articles, as `<stall-article>` names them ("By …"); none when unset. */
  readonly articleAuthor?: string;
}

export const practiceContext = createContext<PracticeConfig | undefined>(Symbol('stall-practice'));
