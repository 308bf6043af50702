/* TRUTH: racy — m is p->a.mutex, d is p->b.datum; the other thread writes o.b.datum under o.b.mutex */
#include <pthread.h>
struct inner { pthread_mutex_t mutex; int datum; };
struct outer { struct inner a, b; };
static struct outer O = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
static void *other(void *arg) {
  struct inner *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static void work(struct outer *p) {
  pthread_mutex_t *m = &p->a.mutex;
  int *d = &p->b.datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &O.b);
  work(&O);
  pthread_join(t, 0);
  return 0;
}
