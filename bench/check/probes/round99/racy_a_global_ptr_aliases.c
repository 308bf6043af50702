/* TRUTH: racy — m and d are both taken through the global pointer gp, but advance() moves gp from A to B in between */
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
static struct s *gp = &A;        /* main thread only */
static void advance(void) { gp = gp->next; }
static void work(void) {
  pthread_mutex_t *m = &gp->mutex;
  advance();
  int *d = &gp->datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  A.next = &B;
  pthread_create(&t, 0, other, &B);
  work();
  pthread_join(t, 0);
  return 0;
}
