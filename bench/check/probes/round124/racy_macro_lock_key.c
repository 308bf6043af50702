/* TRUTH: racy — HELD(v) is v == 0 (second #define): then m is not taken and main's x++ races thr's locked write */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#if 0
#define HELD(a) ((a) != 0)
#endif
#define HELD(a) ((a) == 0)
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *thr(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v) pthread_mutex_lock(&m);
  if (HELD(v)) x++;
  if (v) pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return 0;
}
