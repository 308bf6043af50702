/* TRUTH: free — T1 does __atomic_fetch_add on x and only then creates T2, which writes x plainly; T1 touches x no more and main reads x after joining T1 (which joined T2); pthread_create orders T1's atomic before T2's plain write. */
#include <pthread.h>
#include <stdio.h>
static int x;
static void *t2(void *arg) {
    x = x * 3;
    return arg;
}
static void *t1(void *arg) {
    pthread_t c;
    __atomic_fetch_add(&x, 2, __ATOMIC_SEQ_CST);
    pthread_create(&c, NULL, t2, NULL);
    pthread_join(c, NULL);
    return arg;
}
int main(void) {
    pthread_t a;
    pthread_create(&a, NULL, t1, NULL);
    pthread_join(a, NULL);
    printf("%d\n", x);
    return 0;
}
