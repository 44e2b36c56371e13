import type { ReactNode } from 'react';
import { i18n } from '#i18n';

interface Line {
  line: number;
  text: string;
  email?: string;
  name?: string;
}

/** One row per line of the list, as the review and the results both show it: the line, the person, then `outcome`. */
export function LinesTable<T extends Line>(props: {
  label?: string;
  outcome: string;
  lines: T[];
  cell: (line: T) => { className: string; content: ReactNode };
}) {
  return (
    <table aria-label={props.label}>
      <thead>
        <tr>
          <th scope="col">{i18n.t('bulk.line')}</th>
          <th scope="col">{i18n.t('bulk.person')}</th>
          <th scope="col">{props.outcome}</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((l) => {
          const { className, content } = props.cell(l);
          return (
            <tr key={l.line}>
              <td className="num">{l.line}</td>
              <td>{l.email ? `${l.name ? `${l.name} ` : ''}<${l.email}>` : l.text}</td>
              <td className={className}>{content}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
