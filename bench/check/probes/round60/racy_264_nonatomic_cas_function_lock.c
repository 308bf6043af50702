/* TRUTH: racy — the "lock" uses a program function cas() that compares and swaps with PLAIN reads/writes (not atomic), and unlock is a plain store; two threads' plain accesses to the lock word l race, and the "critical sections" (counter++) can overlap. */
#include <pthread.h>
#include <stdio.h>
static int l;
static long counter;
static void cas(int *v, int e, int u, int *r) {
    if (*v == e) {
        *v = u;
        *r = 1;
    } else {
        *r = 0;
    }
}
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        int r;
        while (1) {
            cas(&l, 0, 1, &r);
            if (r)
                break;
        }
        counter++;
        l = 0;
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
