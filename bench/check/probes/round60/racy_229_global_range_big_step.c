/* TRUTH: racy — level starts at 0 and main does `if (level < 10) level += 100;` before starting the threads, so level is 100 and both threads take `if (level > 50)` and increment shared without synchronization. */
#include <pthread.h>
#include <stdio.h>
static int level;
static int shared;
static void *work(void *arg) {
    if (level > 50)
        for (int i = 0; i < 10000; i++) shared++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    if (level < 10)
        level += 100;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
