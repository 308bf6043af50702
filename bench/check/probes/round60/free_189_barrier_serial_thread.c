/* TRUTH: free — each thread writes part[id], waits on a 2-party barrier; only the thread that gets PTHREAD_BARRIER_SERIAL_THREAD (exactly one) reads both parts and writes total; main reads after join. */
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int part[2];
static int total;
static void *work(void *arg) {
    int id = (int)(long)arg;
    part[id] = id + 20;
    if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD)
        total = part[0] + part[1];
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}
