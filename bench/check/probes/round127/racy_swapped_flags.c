/* TRUTH: racy — s2 marks t1, s1 marks t2 (crossed names); x=2 written before t1 is joined */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int s1, s2; pthread_t t1, t2;
int main(void) {
  if (__VERIFIER_nondet_int()) { pthread_create(&t1, 0, w, 0); s2 = 1; }
  if (__VERIFIER_nondet_int()) { pthread_create(&t2, 0, w, 0); s1 = 1; }
  if (s1) pthread_join(t2, 0);
  x = 2;
  if (s2) pthread_join(t1, 0);
  return 0;
}
