/* TRUTH: racy — each slot k has its own lock mu[k]; work locks mu[0] but bumps v[1], which the other thread bumps under mu[1] */
#include <pthread.h>
struct table { pthread_mutex_t mu[2]; int v[2]; };
static struct table T = { { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER }, { 0, 0 } };
static void *other(void *arg) {
  struct table *o = arg;
  pthread_mutex_t *m = &o->mu[1];
  int *d = &o->v[1];
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
  return 0;
}
static void work(struct table *p, int k) {
  pthread_mutex_t *m = &p->mu[k];
  int *d = &p->v[k + 1];
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &T);
  work(&T, 0);
  pthread_join(t, 0);
  return 0;
}
