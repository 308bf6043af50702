/* TRUTH: racy — struct has two mutexes; work locks p->lk_a and writes p->count, other locks lk_b and writes count */
#include <pthread.h>
struct s { pthread_mutex_t lk_a, lk_b; int count; };
static struct s S = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, 0 };
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_t *m = &o->lk_b;
  int *d = &o->count;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
  return 0;
}
static void work(struct s *p) {
  pthread_mutex_t *m = &p->lk_a;
  int *d = &p->count;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &S);
  work(&S);
  pthread_join(t, 0);
  return 0;
}
