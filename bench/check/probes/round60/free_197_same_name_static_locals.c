/* TRUTH: free — t1 and t2 each have their OWN block-scope `static int calls` (two distinct objects that merely share a name); each is touched by one thread only. */
#include <pthread.h>
#include <stdio.h>
static int r1, r2;
static void *t1(void *arg) {
    static int calls;
    for (int i = 0; i < 1000; i++) calls++;
    r1 = calls;
    return arg;
}
static void *t2(void *arg) {
    static int calls;
    for (int i = 0; i < 1000; i++) calls += 2;
    r2 = calls;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", r1, r2);
    return 0;
}
