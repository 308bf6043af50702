// A static local inside the thread function is shared by all threads running
// it; the unlocked increment races.
#include <pthread.h>
#include <stdio.h>
static void *worker(void *arg) {
    static int calls;
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
