/* TRUTH: racy — flag set to 2 where t started; switch case 1 join never taken */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int started;
int main(void) {
  if (__VERIFIER_nondet_int()) { pthread_create(&t, 0, w, 0); started = 2; }
  switch (started) { case 1: pthread_join(t, 0); break; default: break; }
  x = 2;
  return 0;
}
