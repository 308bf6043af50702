/* TRUTH: free — phase 1: both threads do atomic adds on total; pthread_barrier_wait; phase 2: both read total plainly (read/read); second barrier; phase 3: only thread 0 writes total plainly. Barriers order every atomic/plain pair and the plain write. */
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int total;
static int seen[2];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    __atomic_fetch_add(&total, id + 1, __ATOMIC_RELAXED);
    pthread_barrier_wait(&bar);
    seen[id] = total;
    pthread_barrier_wait(&bar);
    if (id == 0)
        total = 0;
    return NULL;
}
int main(void) {
    pthread_t t[2];
    pthread_barrier_init(&bar, NULL, 2);
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d %d %d\n", seen[0], seen[1], total);
    return 0;
}
