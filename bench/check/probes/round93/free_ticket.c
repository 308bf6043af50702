// Ticket lock: fetch_add on next_ticket, spin until now_serving equals the
// ticket, release by storing ticket+1 (seq_cst). shared x only under the lock.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint next_ticket, now_serving;
static int x;
static void tlock(unsigned *t) {
    *t = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != *t) ;
}
static void tunlock(unsigned t) { atomic_store(&now_serving, t + 1); }
static void *worker(void *arg) {
    (void)arg;
    unsigned t;
    for (int i = 0; i < 500; i++) {
        tlock(&t);
        x = x * 3 + 1;
        tunlock(t);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b, c;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_create(&c, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
    printf("%d\n", x);
    return 0;
}
