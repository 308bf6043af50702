// A static _Thread_local local in the thread function: each thread has its own
// calls counter -> race-free.
#include <pthread.h>
#include <stdio.h>
static void *worker(void *arg) {
    static _Thread_local int calls;
    (void)arg;
    for (int i = 0; i < 1000; i++) calls++;
    return (void *)(long)calls;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, worker, NULL);
    pthread_create(&y, NULL, worker, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return 0;
}
