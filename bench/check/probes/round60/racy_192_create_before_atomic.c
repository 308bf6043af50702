/* TRUTH: racy — T1 creates T2 BEFORE doing its __atomic_fetch_add on x, and T2 writes x plainly; T1's atomic RMW and T2's plain write are unordered (T1 joins T2 only afterwards). */
#include <pthread.h>
#include <stdio.h>
static int x;
static void *t2(void *arg) {
    x = 3;
    return arg;
}
static void *t1(void *arg) {
    pthread_t c;
    pthread_create(&c, NULL, t2, NULL);
    __atomic_fetch_add(&x, 2, __ATOMIC_SEQ_CST);
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
