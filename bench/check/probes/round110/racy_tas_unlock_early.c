/* TRUTH: racy — spinlock is released before the final write of the record (r.count++ after clear) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_flag lk = ATOMIC_FLAG_INIT;
struct rec { int sum; int count; } r;

static void *worker(void *arg) {
  int v = (int)(long)arg;
  for (int i = 0; i < 300; i++) {
    while (atomic_flag_test_and_set(&lk))
      ;
    r.sum += v;
    atomic_flag_clear(&lk);
    r.count++;
  }
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", r.sum, r.count);
  return 0;
}
