/* racy: ticket lock, but the audit thread reads `balance` without taking a
   ticket while the worker updates it under the ticket lock. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_uint next_ticket, now_serving;
static int balance;
static void tl_lock(void) { unsigned my = atomic_fetch_add(&next_ticket, 1); while (atomic_load(&now_serving) != my) ; }
static void tl_unlock(void) { atomic_fetch_add(&now_serving, 1); }
static void *w(void *a) { (void)a; tl_lock(); balance += 10; tl_unlock(); return 0; }
static void *audit(void *a) { (void)a; return (void *)(long)balance; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, w, 0);
    pthread_create(&q, 0, audit, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
