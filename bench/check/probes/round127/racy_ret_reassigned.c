/* TRUTH: racy — ret reassigned to 0 inside the if on the running path; later test sees 0, x written */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe(void) { if (pthread_create(&t, 0, w, 0) != 0) return -1; return 1; }
int main(void) {
  int ret;
  ret = probe();
  if (ret) { ret = 0; }
  if (ret == 0) { x = 2; }
  return 0;
}
