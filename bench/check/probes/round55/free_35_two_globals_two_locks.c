/* TRUTH: free — ga always under la, gb always under lb, each thread may touch both */
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
int ga, gb;
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
void *t1(void *arg) {
  pthread_mutex_lock(&la); ga++; pthread_mutex_unlock(&la);
  pthread_mutex_lock(&lb); gb++; pthread_mutex_unlock(&lb);
  return NULL;
}
void *t2(void *arg) {
  pthread_mutex_lock(&lb); gb += 2;
  pthread_mutex_lock(&la); ga += gb; pthread_mutex_unlock(&la);
  pthread_mutex_unlock(&lb);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
