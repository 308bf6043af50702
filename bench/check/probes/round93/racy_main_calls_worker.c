// Main starts a thread running worker and also calls worker itself while the
// thread runs: both increment hits without a lock -> race.
#include <pthread.h>
#include <stdio.h>
static int hits;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) hits++;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    worker(NULL);
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
