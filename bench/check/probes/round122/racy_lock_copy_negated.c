/* TRUTH: racy — j = !i: with i == 0, m is not taken and j != 0, so x++ races with t under m */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  int j = !i;
  pthread_create(&id, 0, t, 0);
  if (i) pthread_mutex_lock(&m);
  if (j) x++;
  if (i) pthread_mutex_unlock(&m);
  pthread_join(id, 0);
  return 0;
}
