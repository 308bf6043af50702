/* TRUTH: racy — spin barrier on arrived; thread 0, once through, plainly writes arrived (= N) while thread 1 may still be spinning with __atomic_load_n(&arrived) — plain write vs atomic read with no happens-before from thread 1's later loads to it. */
#include <pthread.h>
#include <stdio.h>
#define N 2
static int arrived;
static int slot[N], got[N];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    slot[id] = id + 1;
    __atomic_fetch_add(&arrived, 1, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&arrived, __ATOMIC_SEQ_CST) < N)
        ;
    if (id == 0)
        arrived = N;            /* plain write */
    got[id] = slot[1 - id];
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", got[0], got[1]);
    return 0;
}
