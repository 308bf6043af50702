/* TRUTH: free — each thread claims a unique slot with atomic_fetch_add; slots written disjointly, read after join */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 6

atomic_int next_slot;
double slot_val[N];

static void *worker(void *arg) {
  (void)arg;
  int me = atomic_fetch_add(&next_slot, 1);
  slot_val[me] = me * 1.5;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  double s = 0;
  for (int i = 0; i < N; i++) s += slot_val[i];
  printf("%f\n", s);
  return 0;
}
