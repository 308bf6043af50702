/* TRUTH: racy — two threads created in loop into t[0],t[1]; flag joins only t[1] */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int started; pthread_t ts[2];
int main(void) {
  for (int i = 0; i < 2; i++) { pthread_create(&ts[i], 0, w, 0); started = 1; }
  if (started) pthread_join(ts[1], 0);
  x = 2;
  return 0;
}
