/* TRUTH: free — cnt is written plainly by main only before pthread_create and read plainly only after pthread_join of both workers; the workers' __sync_fetch_and_add calls are atomic with each other, so every plain/atomic pair is ordered by create/join. */
#include <pthread.h>
#include <stdio.h>
static int cnt;
static void *worker(void *arg) {
    for (int i = 0; i < 1000; i++) __sync_fetch_and_add(&cnt, 1);
    return arg;
}
int main(void) {
    pthread_t a, b;
    cnt = 5;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cnt);
    cnt = 0;
    return 0;
}
