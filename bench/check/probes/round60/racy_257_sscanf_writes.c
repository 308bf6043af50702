/* TRUTH: racy — T1's sscanf("%d", &val) writes val while T2 reads val plainly; unordered write/read. */
#include <pthread.h>
#include <stdio.h>
static int val;
static long sum;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) sscanf("42", "%d", &val);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) sum += val;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", sum);
    return 0;
}
