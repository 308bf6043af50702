/* TRUTH: racy — threads are real pthreads, but the program "joins" them with its own static thrd_join (no <threads.h>) that does nothing; main's plain read of result right after is unordered with the worker's plain write. */
#include <pthread.h>
#include <stdio.h>
static int thrd_join(pthread_t t, int *res) { (void)t; (void)res; return 0; }
static int result;
static void *work(void *arg) { result = 42; return arg; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
    thrd_join(t, NULL);
    printf("%d\n", result);
    pthread_join(t, NULL);
    return 0;
}
