/* TRUTH: racy — T1 RELEASE-stores flag=1 twice; T2 waits for flag then plainly resets flag=0. T2's plain write is ordered after the store it read, but not against T1's other store (T2 may have read the first and then write while T1 does the second), so plain write vs atomic store race. */
#include <pthread.h>
#include <stdio.h>
static int flag;
static void *t1(void *arg) {
    __atomic_store_n(&flag, 1, __ATOMIC_RELEASE);
    __atomic_store_n(&flag, 1, __ATOMIC_RELEASE);
    return arg;
}
static void *t2(void *arg) {
    while (!__atomic_load_n(&flag, __ATOMIC_ACQUIRE))
        ;
    flag = 0;                   /* plain */
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&b, NULL, t2, NULL);
    pthread_create(&a, NULL, t1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", flag);
    return 0;
}
