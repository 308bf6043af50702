/* TRUTH: racy — helper tests its parameter named started (0), not the global; join skipped */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int started;
void fin(int started) { if (started) pthread_join(t, 0); }
int main(void) {
  pthread_create(&t, 0, w, 0); started = 1;
  fin(0);
  x = 2;
  return 0;
}
