/* TRUTH: free — Anderson array-based queue lock (seq_cst) hands the lock slot to slot; shared sum only in CS */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4

atomic_int has_lock[N] = {1, 0, 0, 0};
atomic_uint tail;
long sum;

static unsigned alock(void) {
  unsigned slot = atomic_fetch_add(&tail, 1) % N;
  while (!atomic_load(&has_lock[slot]))
    ;
  return slot;
}
static void aunlock(unsigned slot) {
  atomic_store(&has_lock[slot], 0);
  atomic_store(&has_lock[(slot + 1) % N], 1);
}

static void *worker(void *arg) {
  long v = (long)arg;
  for (int i = 0; i < 100; i++) {
    unsigned s = alock();
    sum += v;
    aunlock(s);
  }
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%ld\n", sum);
  return 0;
}
