/* TRUTH: racy — the setter updates `ready` under m1 (line 4) but the waiter reads `ready` under m2 (line 5): no common lock. */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER; int ready;
void *setter(void *a) { pthread_mutex_lock(&m1); ready = 1; pthread_cond_broadcast(&c); pthread_mutex_unlock(&m1); return 0; }
void *waiter(void *a) { pthread_mutex_lock(&m2); while (!ready) pthread_cond_wait(&c, &m2); pthread_mutex_unlock(&m2); return 0; }
int main(void) { pthread_t p, q; pthread_create(&q, 0, waiter, 0); pthread_create(&p, 0, setter, 0); pthread_join(p, 0); pthread_join(q, 0); return 0; }
