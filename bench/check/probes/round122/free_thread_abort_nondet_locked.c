/* TRUTH: free — both writes of x hold m; the abort only ends the program */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#include <stdlib.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *u(void *a) {
  int i = __VERIFIER_nondet_int();
  if (i) abort();
  pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, u, 0);
  pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m);
  pthread_join(id, 0);
  return 0;
}
