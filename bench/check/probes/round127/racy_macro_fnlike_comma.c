/* TRUTH: racy — probe() macro wraps the call in a comma yielding 1; truthy branch writes x while t runs */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe_impl(void) { pthread_create(&t, 0, w, 0); if (__VERIFIER_nondet_int()) { pthread_join(t, 0); return 1; } return 0; }
#define probe() (probe_impl(), 1)
int main(void) {
  if (probe()) { x = 2; return 0; }
  return 0;
}
