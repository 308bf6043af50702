/* TRUTH: racy — p++ moves p from pool[0] to pool[1] between taking m and d; pool[1].datum written under pool[0].mutex */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; };
static struct s pool[2] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static void work(void) {
  struct s *p = pool;
  pthread_mutex_t *m = &p->mutex;
  p++;
  int *d = &p->datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  work();
  pthread_join(t, 0);
  return 0;
}
