import { LISTED_TOPICS } from '../../content/types.ts'

/** The topic filter, with each topic's stories under the other filters when known; hidden for a corpus without topics. */
export function TopicSelect(props: {
  id: string
  value: string | undefined
  topics: { name: string; count: number }[]
  counted: boolean
  onOpen?: () => void
  onChange: (topic: string | undefined) => void
}) {
  const { id, value, topics, counted, onOpen, onChange } = props
  if (topics.length === 0 && !value) return null
  const known = topics.find((t) => t.name.toLowerCase() === value?.toLowerCase())
  // The most common are offered; a rarer one, reached by a story's topic link, joins them while chosen.
  const listed = topics.slice(0, LISTED_TOPICS)
  if (known && !listed.includes(known)) listed.push(known)
  return (
    <div className="field">
      <label htmlFor={id}>Topic</label>
      <select id={id} value={known?.name ?? value ?? ''} onFocus={onOpen} onPointerEnter={onOpen} onPointerDown={onOpen} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">Any topic</option>
        {value && !known && <option value={value}>{counted ? `${value} (0)` : value}</option>}
        {listed.map((t) => (
          <option key={t.name} value={t.name}>
            {counted ? `${t.name} (${t.count.toLocaleString()})` : t.name}
          </option>
        ))}
      </select>
    </div>
  )
}
