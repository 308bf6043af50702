/* TRUTH: racy — branch is on comma value 1, not on probe result; x=2 while thread running */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe(void) {
  pthread_create(&t, 0, w, 0);
  if (__VERIFIER_nondet_int()) { pthread_join(t, 0); return -1; }
  return 0;
}
int main(void) {
  if ((probe(), 1)) { x = 2; return 0; }
  pthread_join(t, 0);
  return 0;
}
