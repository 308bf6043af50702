/* TRUTH: free — both threads get the same struct and update its count while holding its embedded mutex */
#include <pthread.h>
struct ctr { pthread_mutex_t m; int count; };
void *t(void *a) {
  struct ctr *c = a;
  pthread_mutex_lock(&c->m);
  c->count++;
  pthread_mutex_unlock(&c->m);
  return 0;
}
int main(void) {
  static struct ctr c = { PTHREAD_MUTEX_INITIALIZER, 0 };
  pthread_t a, b;
  pthread_create(&a, 0, t, &c);
  pthread_create(&b, 0, t, &c);
  pthread_join(a, 0); pthread_join(b, 0);
  return c.count;
}
