/* free: ticket lock with seq_cst atomic next/serving counters protects the
   plain `balance`. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_uint next_ticket, now_serving;
static int balance;
static void tl_lock(void) { unsigned my = atomic_fetch_add(&next_ticket, 1); while (atomic_load(&now_serving) != my) ; }
static void tl_unlock(void) { atomic_fetch_add(&now_serving, 1); }
static void *t(void *a) { (void)a; for (int i = 0; i < 5; i++) { tl_lock(); balance += 10; tl_unlock(); } return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return balance;
}
