/* TRUTH: racy — d = &1[p].datum (index written reversed) is pool[1]'s datum; m is pool[0]'s mutex */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; };
static struct s pool[3] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
/* the other thread updates pool[1] under pool[1].mutex */
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static void work(struct s *p) {
  pthread_mutex_t *m = &p->mutex;
  int *d = &1[p].datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  work(pool);
  pthread_join(t, 0);
  return 0;
}
