/* TRUTH: racy — probe returns &d when started; non-NULL branch writes x before join */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

#include <stddef.h>
int x;
struct dev { pthread_t t; } d;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }
struct dev *probe(void) { if (pthread_create(&d.t, 0, w, 0) != 0) return NULL; return &d; }
int main(void) {
  struct dev *p = probe();
  if (p) { x = 2; pthread_join(p->t, 0); }
  return 0;
}
