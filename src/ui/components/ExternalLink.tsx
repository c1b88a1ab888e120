import type { ComponentChildren } from 'preact';

interface Props {
  href: string;
  rescue?: string;
  newTabText: string;
  children: ComponentChildren;
}

/** A link to X's help: always a new tab, never telling the target where it came from. */
export function ExternalLink({ href, rescue, newTabText, children }: Props) {
  return (
    <a class="link" href={href} target="_blank" rel="noopener noreferrer" data-rescue={rescue}>
      {children}
      <span class="visually-hidden"> {newTabText}</span>
    </a>
  );
}
