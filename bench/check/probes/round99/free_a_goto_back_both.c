/* TRUTH: free — goto re-runs both m and d assignments after p = &B */
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
static void work(void) {
  struct s *p = &A;
  int *d;
  int pass = 0;
  pthread_mutex_t *m;
again:
  m = &p->mutex;
  d = &p->datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
  p = &B;
  if (pass++ == 0) goto again;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &B);
  work();
  pthread_join(t, 0);
  return 0;
}
