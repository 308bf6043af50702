// free: the mutex pointer travels main -> thread arg struct -> helper -> inner helper; both threads get the same mutex.
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
  static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
  static int value;
  struct ctx c = { &mu, &value };
  pthread_t a, b;
  pthread_create(&a, 0, w, &c);
  pthread_create(&b, 0, w, &c);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return value;
}
