/* TRUTH: racy — 1-bit unsigned bitfield flag stored 2 is 0; join skipped */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

struct { unsigned started : 1; } f;
int main(void) {
  pthread_create(&t, 0, w, 0); f.started = 2;
  if (f.started) pthread_join(t, 0);
  x = 2;
  return 0;
}
