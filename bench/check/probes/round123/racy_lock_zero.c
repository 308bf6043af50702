/* TRUTH: racy — v=0: no lock taken, !v writes x unlocked while t writes x under m */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v) pthread_mutex_lock(&m);
  if (!v) x++;
  if (v) pthread_mutex_unlock(&m);
  pthread_join(id, 0);
  return 0;
}
