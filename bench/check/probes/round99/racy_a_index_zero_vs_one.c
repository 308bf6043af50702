/* TRUTH: racy — m = &p[0].mutex is pair[0]'s mutex, d = &p[1].datum is pair[1]'s datum; the other thread writes pair[1].datum under pair[1].mutex */
#include <pthread.h>
#include <stdlib.h>
struct s { pthread_mutex_t mutex; int datum; struct s *next; };
static struct s A = {PTHREAD_MUTEX_INITIALIZER, 0, 0}, B = {PTHREAD_MUTEX_INITIALIZER, 0, 0};
/* the other thread updates B under B's own mutex */
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static struct s pair[2] = { {PTHREAD_MUTEX_INITIALIZER, 0, 0}, {PTHREAD_MUTEX_INITIALIZER, 0, 0} };
static void work(struct s *p) {
  pthread_mutex_t *m = &p[0].mutex;
  int *d = &p[1].datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pair[1]);
  work(pair);
  pthread_join(t, 0);
  return 0;
}
