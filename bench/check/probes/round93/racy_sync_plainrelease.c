// __sync_lock_test_and_set spinlock released with a plain "lk = 0": the plain
// store races with the other thread's atomic test-and-set of lk.
#include <pthread.h>
#include <stdio.h>
static int lk;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        while (__sync_lock_test_and_set(&lk, 1)) ;
        counter++;
        lk = 0;
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
