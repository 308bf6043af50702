/* TRUTH: racy — both threads pass the SAME plain global `expected` to __atomic_compare_exchange_n; the CAS reads *expected plainly and, on failure, writes the observed value into it plainly, so the two threads' plain accesses to `expected` (at least one a write) are unordered. */
#include <pthread.h>
#include <stdio.h>
static int word;
static int expected;
static int wins[2];
static void *cas_loop(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < 10000; i++)
        if (__atomic_compare_exchange_n(&word, &expected, i + id, 0, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST))
            wins[id]++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, cas_loop, (void *)0L);
    pthread_create(&b, NULL, cas_loop, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", wins[0], wins[1]);
    return 0;
}
