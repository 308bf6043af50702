/* TRUTH: racy — two different locals i: first 0 (m not taken), second 1: x++ without m while t writes x under m */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
#define TWO \
  { int i = __VERIFIER_nondet_int(); if (i) pthread_mutex_lock(&m); } \
  { int i = __VERIFIER_nondet_int(); if (i) x++; }
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, t, 0);
  TWO
  pthread_join(id, 0);
  return 0;
}
