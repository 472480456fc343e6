/**
 * The soak's memory report (bench/lib/soak-memory.ts): the Prometheus line reader `--heap` uses,
 * and reports of RSS, heap and external figures from the same samples.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { memoryReport, promLabelledSum, promValue, type MemorySample } from '../../bench/lib/soak-memory.ts'

const MiB = 1024 * 1024

describe('soak memory report (bench/lib/soak-memory.ts)', () => {
  it('promLabelledSum adds the samples of the named label values only', () => {
    const text = [
      'ailee_state_db_memory_bytes{part="block_cache"} 1000',
      'ailee_state_db_memory_bytes{part="block_cache_capacity"} 33554432',
      'ailee_state_db_memory_bytes{part="memtables"} 2.5e+3',
      'ailee_state_db_memory_bytes{part="table_readers"} 0',
      'ailee_state_db_memory_bytes_other{part="memtables"} 7'
    ].join('\n')
    assert.equal(promLabelledSum(text, 'ailee_state_db_memory_bytes', 'part', ['block_cache', 'memtables', 'table_readers']), 3500)
    assert.equal(promLabelledSum(text, 'ailee_state_db_memory_bytes', 'part', ['nope']), undefined)
    assert.equal(promLabelledSum(text, 'ailee_missing', 'part', ['memtables']), undefined)
  })

  it('promValue reads an unlabelled series and ignores its labelled and prefixed namesakes', () => {
    const text = [
      '# HELP nodejs_heap_size_used_bytes Process heap size used from Node.js in bytes.',
      '# TYPE nodejs_heap_size_used_bytes gauge',
      'nodejs_heap_size_used_bytes_total 1',
      'nodejs_heap_size_used_bytes 72544888',
      'nodejs_heap_space_size_used_bytes{space="old"} 46608728',
      'nodejs_external_memory_bytes 1.4235176e+7'
    ].join('\n')
    assert.equal(promValue(text, 'nodejs_heap_size_used_bytes'), 72544888)
    assert.equal(promValue(text, 'nodejs_external_memory_bytes'), 14235176)
    assert.equal(promValue(text, 'nodejs_heap_space_size_used_bytes'), undefined)
    assert.equal(promValue(text, 'process_resident_memory_bytes'), undefined)
  })

  it('reports the field asked for: heap flat while RSS grows 1 MiB a minute', () => {
    const samples: MemorySample[] = Array.from({ length: 10 }, (_, i) => ({
      elapsedMs: i * 60_000,
      tasksEnded: i * 1000,
      rssBytes: { 'worker-0': 200 * MiB + i * MiB },
      heapUsedBytes: { 'worker-0': 70 * MiB },
      externalBytes: { 'worker-0': undefined }
    }))
    assert.equal(memoryReport(samples).growthMiBPerHour['worker-0'], 60)
    const heap = memoryReport(samples, 'heapUsedBytes')
    assert.equal(heap.growthMiBPerHour['worker-0'], 0)
    assert.deepEqual(heap.rows[1].slice(0, 3), ['worker-0', 70, 70])
    // no sample has the figure: the process is listed with no start, end or growth
    const external = memoryReport(samples, 'externalBytes')
    assert.ok(Number.isNaN(external.rows[1][1] as number))
  })

  it('a soak without --heap has no heap rows', () => {
    const samples: MemorySample[] = [{ elapsedMs: 0, tasksEnded: 0, rssBytes: { coordinator: MiB } }]
    assert.deepEqual(memoryReport(samples, 'heapUsedBytes').rows, [['process', 'start MiB', 'end MiB', 'growth MiB/hour', 'growth KiB/1000 tasks']])
  })
})
