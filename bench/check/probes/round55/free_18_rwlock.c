/* TRUTH: free — readers read table under rdlock, writer writes under wrlock */
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
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[8];
void *reader(void *arg) {
  int s = 0;
  pthread_rwlock_rdlock(&rw);
  for (int i = 0; i < 8; i++) s += table[i];
  pthread_rwlock_unlock(&rw);
  if (s < 0) reach_error();
  return NULL;
}
void *writer(void *arg) {
  int k = __VERIFIER_nondet_int();
  assume_abort_if_not(k >= 0 && k < 8);
  pthread_rwlock_wrlock(&rw);
  table[k] = 3;
  pthread_rwlock_unlock(&rw);
  return NULL;
}
int main(void) {
  pthread_t r1, r2, w;
  pthread_create(&r1, NULL, reader, NULL);
  pthread_create(&w, NULL, writer, NULL);
  pthread_create(&r2, NULL, reader, NULL);
  pthread_join(r1, NULL); pthread_join(w, NULL); pthread_join(r2, NULL);
  return 0;
}
