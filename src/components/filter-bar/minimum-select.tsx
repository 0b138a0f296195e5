/** A "this much or more" filter: its steps, and the URL's value if it is not one of them. */
export function MinimumSelect(props: { id: string; label: string; value: number | undefined; steps: number[]; format: (n: number) => string; onChange: (value: number | undefined) => void }) {
  const { id, label, value, steps, format, onChange } = props
  const options = [...new Set([...steps, ...(value !== undefined ? [value] : [])])].sort((a, b) => a - b)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}>
        <option value="">Any</option>
        {options.map((n) => (
          <option key={n} value={n}>
            {format(n)}
          </option>
        ))}
      </select>
    </div>
  )
}
