/* TRUTH: racy — create==0 path skips join via continue on some iterations; next create overwrites */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }
int main(void) {
  for (int i = 0; i < 3; i++) {
    if (pthread_create(&t, 0, w, 0) == 0 && __VERIFIER_nondet_int()) continue;
    x = 2;
    pthread_join(t, 0);
  }
  return 0;
}
