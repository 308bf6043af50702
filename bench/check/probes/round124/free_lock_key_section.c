/* TRUTH: free — main writes x under m for v != 0 (taken under if (v)) and for v == 0 (taken there) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *thr(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v) pthread_mutex_lock(&m);
  if (v) x++;
  if (v) pthread_mutex_unlock(&m);
  if (!v) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); }
  pthread_join(t, 0);
  return 0;
}
