// The pointer is thread-local, but every thread points it at the same global:
// increments through it hit shared memory -> race on shared_count.
#include <pthread.h>
#include <stdio.h>
static int shared_count;
static __thread int *mine;
static void *worker(void *arg) {
    (void)arg;
    mine = &shared_count;
    for (int i = 0; i < 1000; i++) (*mine)++;
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, worker, NULL);
    pthread_create(&y, NULL, worker, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", shared_count);
    return 0;
}
