/* TRUTH: racy — with n=0 the loop never runs: i=1 takes no return, m is not taken by main, and x++ races with t under m */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  int n = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  for (int k = 0; k < n; k++)
    if (i) { pthread_join(id, 0); return 0; }
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
