/* TRUTH: racy — lock_of(p) returns the mutex of p->next (B), not p's own; d is p's datum (A), which the other thread writes under A.mutex */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; struct s *next; };
static struct s B = { PTHREAD_MUTEX_INITIALIZER, 0, 0 };
static struct s A = { PTHREAD_MUTEX_INITIALIZER, 0, &B };
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static pthread_mutex_t *lock_of(struct s *p) { return &p->next->mutex; }
static void work(struct s *p) {
  pthread_mutex_t *m = lock_of(p);
  int *d = &p->datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &A);
  work(&A);
  pthread_join(t, 0);
  return 0;
}
