import { NavL } from './links.tsx';

/** Tabs between the pages of one area (operator, admin). */
export function SubNav({ label, items }: { label: string; items: { to: string; text: string }[] }) {
  return (
    <nav className="subnav" aria-label={label}>
      <ul>
        {items.map((i) => (
          <li key={i.to}>
            <NavL to={i.to}>{i.text}</NavL>
          </li>
        ))}
      </ul>
    </nav>
  );
}
