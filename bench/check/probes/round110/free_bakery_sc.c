/* TRUTH: free — Lamport's bakery lock for 3 threads with seq_cst atomics; total updated only in the CS */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3

atomic_int choosing[N];
atomic_int number[N];
long total;

static void lock(int i) {
  atomic_store(&choosing[i], 1);
  int max = 0;
  for (int j = 0; j < N; j++) {
    int n = atomic_load(&number[j]);
    if (n > max) max = n;
  }
  atomic_store(&number[i], max + 1);
  atomic_store(&choosing[i], 0);
  for (int j = 0; j < N; j++) {
    while (atomic_load(&choosing[j]))
      ;
    while (atomic_load(&number[j]) != 0 &&
           (atomic_load(&number[j]) < atomic_load(&number[i]) ||
            (atomic_load(&number[j]) == atomic_load(&number[i]) && j < i)))
      ;
  }
}
static void unlock(int i) { atomic_store(&number[i], 0); }

static void *worker(void *arg) {
  int id = (int)(long)arg;
  for (int k = 0; k < 200; k++) {
    lock(id);
    total += id + 1;
    unlock(id);
  }
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%ld\n", total);
  return 0;
}
