/* TRUTH: racy — mode is initialised with the constant expression sizeof(double) * 20 (= 160), so both threads take `if (mode > 100)` and increment shared without synchronization. */
#include <pthread.h>
#include <stdio.h>
static int mode = sizeof(double) * 20;
static int shared;
static void *work(void *arg) {
    if (mode > 100)
        for (int i = 0; i < 10000; i++) shared++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
