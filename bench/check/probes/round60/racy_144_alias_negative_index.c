/* TRUTH: racy — T1 atomically increments slots[0]; T2 writes p[-1] plainly where p == &slots[1], i.e. slots[0]; atomic RMW vs plain write to the same element, unordered. */
#include <pthread.h>
#include <stdio.h>
static int slots[2];
static void *t1(void *arg) {
    for (int i = 0; i < 10000; i++) __atomic_fetch_add(&slots[0], 1, __ATOMIC_SEQ_CST);
    return arg;
}
static void *t2(void *arg) {
    int *p = &slots[1];
    for (int i = 0; i < 10000; i++) p[-1] = i;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", slots[0], slots[1]);
    return 0;
}
