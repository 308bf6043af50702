/* TRUTH: free — main writes x only when i != 0, still holding recursive m (lock count 1 after the balanced pair); t uses m */
#define _GNU_SOURCE
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (i) pthread_mutex_lock(&m);
  pthread_mutex_lock(&m);
  pthread_mutex_unlock(&m);
  if (i) { x++; pthread_mutex_unlock(&m); }
  pthread_join(id, 0);
  return 0;
}
