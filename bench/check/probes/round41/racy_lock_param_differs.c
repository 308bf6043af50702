/* TRUTH: racy — add() locks the mutex it is given; t1 passes &m1, t2 passes &m2, both write total (line 5). */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER; int total;
static void add(pthread_mutex_t *l, int k) { pthread_mutex_lock(l);
  total += k; pthread_mutex_unlock(l); }
void *t1(void *a) { add(&m1, 1); return 0; }
void *t2(void *a) { add(&m2, 2); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return total; }
