/* TRUTH: racy — datum_of(p) returns p[1].datum (pool[1]); m is p's own mutex (pool[0]); the other thread writes pool[1].datum under pool[1].mutex */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; };
static struct s pool[2] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static int *datum_of(struct s *p) { return &p[1].datum; }
static void work(struct s *p) {
  pthread_mutex_t *m = &p->mutex;
  int *d = datum_of(p);
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  work(pool);
  pthread_join(t, 0);
  return 0;
}
