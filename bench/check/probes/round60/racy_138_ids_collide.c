/* TRUTH: racy — the same id-dispatching routine as a partitioned design, but both threads are created with id 0, so both execute x += i concurrently (plain RMWs, unordered). */
#include <pthread.h>
#include <stdio.h>
static int x, y;
static void *work(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < 10000; i++) {
        if (id == 0)
            x += i;
        else
            y += i;
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)0L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", x, y);
    return 0;
}
