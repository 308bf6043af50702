/* free: Peterson's mutual exclusion with seq_cst C11 atomics for flag[] and
   turn; the critical section updates plain `cs_count`. Seq_cst atomics make
   Peterson correct, and the store/load chain gives happens-before. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int flag[2];
static atomic_int turn;
static int cs_count;
static void *t(void *a) {
    int me = (int)(long)a, other = 1 - me;
    atomic_store(&flag[me], 1);
    atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other) ;
    cs_count++;
    atomic_store(&flag[me], 0);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)0L);
    pthread_create(&q, 0, t, (void *)1L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cs_count;
}
