/* TRUTH: racy — thread i locks locks[i] but writes data[(i+1)%N]; thread i+1 writes the same cell under locks[i+1] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
#define N 3
int data[N];
pthread_mutex_t locks[N];
void *worker(void *arg) {
  long i = (long)arg;
  pthread_mutex_lock(&locks[i]);
  data[i] += 1;
  data[(i + 1) % N] += 1;
  pthread_mutex_unlock(&locks[i]);
  return NULL;
}
int main(void) {
  for (int i = 0; i < N; i++) pthread_mutex_init(&locks[i], NULL);
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return 0;
}
