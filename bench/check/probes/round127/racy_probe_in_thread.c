/* TRUTH: racy — manager thread writes x after probe started t, before joining */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe(void) { if (pthread_create(&t, 0, w, 0) != 0) return -1; return 0; }
void *mgr(void *a) { if (probe() == 0) { x = 3; pthread_join(t, 0); } return 0; }
int main(void) {
  pthread_t m;
  pthread_create(&m, 0, mgr, 0);
  pthread_join(m, 0);
  return 0;
}
