// racy: the two threads receive ctx structs with different mutexes but the same value pointer.
#include <pthread.h>
struct ctx { pthread_mutex_t *mu; int *val; };
static void inner_inc(pthread_mutex_t *mu, int *v) {
  pthread_mutex_lock(mu);
  (*v)++;
  pthread_mutex_unlock(mu);
}
static void middle(struct ctx *c) { inner_inc(c->mu, c->val); }
static void *w(void *p) { middle((struct ctx *)p); return 0; }
int main(void) {
  static pthread_mutex_t mu1 = PTHREAD_MUTEX_INITIALIZER, mu2 = PTHREAD_MUTEX_INITIALIZER;
  static int value;
  struct ctx c1 = { &mu1, &value }, c2 = { &mu2, &value };
  pthread_t a, b;
  pthread_create(&a, 0, w, &c1);
  pthread_create(&b, 0, w, &c2);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return value;
}
