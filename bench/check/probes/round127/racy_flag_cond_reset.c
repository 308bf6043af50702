/* TRUTH: racy — nondet resets flag without join on some path where t runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int started;
int main(void) {
  if (__VERIFIER_nondet_int()) { pthread_create(&t, 0, w, 0); started = 1; }
  if (__VERIFIER_nondet_int()) started = 0;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
