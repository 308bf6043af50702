/* TRUTH: racy — m = &p[1].mutex is element 1's mutex, d = &p->datum is element 0's datum; other writes pool[0].datum under pool[0].mutex */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; };
static struct s pool[2] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static void work(struct s *p) {
  pthread_mutex_t *m = &p[1].mutex;
  int *d = &p->datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[0]);
  work(pool);
  pthread_join(t, 0);
  return 0;
}
