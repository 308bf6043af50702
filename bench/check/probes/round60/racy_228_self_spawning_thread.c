/* TRUTH: racy — main starts one worker, which (at depth 0) starts a second instance of itself before incrementing hits; the two instances run hits++ concurrently (the parent joins its child only afterwards). */
#include <pthread.h>
#include <stdio.h>
static int hits;
static void *worker(void *arg) {
    long depth = (long)arg;
    pthread_t child;
    if (depth == 0)
        pthread_create(&child, NULL, worker, (void *)(depth + 1));
    for (int i = 0; i < 10000; i++) hits++;
    if (depth == 0)
        pthread_join(child, NULL);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, (void *)0L);
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
