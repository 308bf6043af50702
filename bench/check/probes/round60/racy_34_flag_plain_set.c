/* TRUTH: racy — main sets flag with a plain store while the thread spins on __atomic_load_n(&flag, ACQUIRE); plain write vs atomic read unordered (and the plain data write vs the thread's read is unordered too, since a plain store cannot release). */
#include <pthread.h>
#include <stdio.h>
static int flag;
static int data;
static int out;
static void *waiter(void *arg) {
    while (!__atomic_load_n(&flag, __ATOMIC_ACQUIRE))
        ;
    out = data;
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, waiter, NULL);
    data = 5;
    flag = 1;                   /* plain */
    pthread_join(t, NULL);
    printf("%d\n", out);
    return 0;
}
