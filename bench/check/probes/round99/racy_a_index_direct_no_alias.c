/* TRUTH: racy — no aliases: lock p->mutex (pool[0]) and bump p[1].datum */
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
  pthread_mutex_lock(&p->mutex);
  p[1].datum++;
  pthread_mutex_unlock(&p->mutex);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  work(pool);
  pthread_join(t, 0);
  return 0;
}
