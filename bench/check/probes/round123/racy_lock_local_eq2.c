/* TRUTH: racy — k copies g once (g = nondet 1): k != 2, m not taken, x++ unlocked while t writes x under m */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t id;
  g = __VERIFIER_nondet_int();
  int k = g;
  pthread_create(&id, 0, t, 0);
  if (k == 2) pthread_mutex_lock(&m);
  if (k - 2) x++;
  if (k == 2) pthread_mutex_unlock(&m);
  pthread_join(id, 0);
  return 0;
}
