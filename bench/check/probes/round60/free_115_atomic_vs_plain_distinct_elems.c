/* TRUTH: free — T1 atomically updates slots[0] and T2 plainly updates slots[1]; different array elements are different memory locations, so the atomic/plain pair does not conflict; main reads after join. */
#include <pthread.h>
#include <stdio.h>
static int slots[2];
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) __atomic_fetch_add(&slots[0], 1, __ATOMIC_SEQ_CST);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) slots[1]++;
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
