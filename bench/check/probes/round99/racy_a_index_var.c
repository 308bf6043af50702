/* TRUTH: racy — d = &p[k].datum with k == 1 is the next element's datum, m = &p->mutex is element 0's; other writes pool[1].datum under pool[1].mutex */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; };
static struct s pool[2] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static void bump_neighbour(struct s *p, int k) {
  pthread_mutex_t *m = &p->mutex;
  int *d = &p[k].datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  bump_neighbour(pool, 1);
  pthread_join(t, 0);
  return 0;
}
