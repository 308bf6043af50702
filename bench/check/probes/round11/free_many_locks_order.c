// free: account pair updated while holding both account locks, acquired in address order; each balance only touched under its own lock.
#include <pthread.h>
struct account { pthread_mutex_t lk; long bal; };
static struct account A = { PTHREAD_MUTEX_INITIALIZER, 100 }, B = { PTHREAD_MUTEX_INITIALIZER, 100 };
static void transfer(struct account *from, struct account *to, long amt) {
  struct account *first = from < to ? from : to, *second = from < to ? to : from;
  pthread_mutex_lock(&first->lk);
  pthread_mutex_lock(&second->lk);
  from->bal -= amt;
  to->bal += amt;
  pthread_mutex_unlock(&second->lk);
  pthread_mutex_unlock(&first->lk);
}
static void *t1(void *x) { transfer(&A, &B, 10); return 0; }
static void *t2(void *x) { transfer(&B, &A, 5); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return (int)(A.bal + B.bal);
}
