/* TRUTH: free — CAS-loop spinlock (seq_cst CAS, seq_cst release store) protects a two-field record */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int lockword;
struct rec { int sum; int count; } r;

static void spin_lock(atomic_int *l) {
  int expected = 0;
  while (!atomic_compare_exchange_weak(l, &expected, 1))
    expected = 0;
}
static void spin_unlock(atomic_int *l) { atomic_store(l, 0); }

static void *worker(void *arg) {
  int v = (int)(long)arg;
  for (int i = 0; i < 400; i++) {
    spin_lock(&lockword);
    r.sum += v;
    r.count++;
    spin_unlock(&lockword);
  }
  return NULL;
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", r.sum, r.count);
  return 0;
}
