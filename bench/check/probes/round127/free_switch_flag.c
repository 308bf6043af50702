/* TRUTH: free — switch on flag set to 1 where t started joins it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int started;
int main(void) {
  if (__VERIFIER_nondet_int()) { pthread_create(&t, 0, w, 0); started = 1; }
  switch (started) { case 1: pthread_join(t, 0); break; default: break; }
  x = 2;
  return 0;
}
