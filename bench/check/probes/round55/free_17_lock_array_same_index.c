/* TRUTH: free — bucket[h] always accessed under locks[h] with the same h */
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
#define B 4
int bucket[B];
pthread_mutex_t locks[B];
void *worker(void *arg) {
  for (int k = 0; k < 3; k++) {
    int h = __VERIFIER_nondet_int();
    assume_abort_if_not(h >= 0 && h < B);
    pthread_mutex_lock(&locks[h]);
    bucket[h]++;
    pthread_mutex_unlock(&locks[h]);
  }
  return NULL;
}
int main(void) {
  for (int i = 0; i < B; i++) pthread_mutex_init(&locks[i], NULL);
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  int s = 0; for (int i = 0; i < B; i++) s += bucket[i];
  if (s != 9) reach_error();
  return 0;
}
