/* FREE: main picks randomly whether to start a worker; if started, it is joined
   before main touches `value`. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int value;
static void *worker(void *a) {
    (void)a;
    value = 99;
    return NULL;
}
int main(void) {
    pthread_t t;
    int started = 0;
    if (rand() % 2) {
        pthread_create(&t, NULL, worker, NULL);
        started = 1;
    }
    if (started) pthread_join(t, NULL);
    value += 1;
    printf("%d\n", value);
    return 0;
}
