/* TRUTH: racy — top-level 'if ((p = p->next) == 0) return;' moves p from A to B between m and d */
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
static void work(struct s *p) {
  pthread_mutex_t *m = &p->mutex;
  if ((p = p->next) == 0)
    return;
  int *d = &p->datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  A.next = &B;
  pthread_create(&t, 0, other, &B);
  work(&A);
  pthread_join(t, 0);
  return 0;
}
