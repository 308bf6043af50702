/* TRUTH: racy — m starts as B's mutex but use_a(&m) rewrites it to A's; d is B's datum */
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
static void use_a(pthread_mutex_t **mm) { *mm = &A.mutex; }
static void work(void) {
  struct s *p = &B;
  pthread_mutex_t *m = &p->mutex;
  int *d = &p->datum;
  use_a(&m);
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &B);
  work();
  pthread_join(t, 0);
  return 0;
}
