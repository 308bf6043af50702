/* TRUTH: racy — m = &pool[i].mutex and d = &pool[j].datum with i = 0, j = 1: pool[1].datum written under pool[0].mutex */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; };
static struct s pool[3] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
/* the other thread updates pool[1] under pool[1].mutex */
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static void work(void) {
  int i = 0, j = 1;
  pthread_mutex_t *m = &pool[i].mutex;
  int *d = &pool[j].datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  work();
  pthread_join(t, 0);
  return 0;
}
