/* TRUTH: free — in each loop iteration main plainly writes x, creates a thread that does atomic RMWs on x, and joins it before the next iteration; each thread's atomics are between a create and a join, so every plain/atomic pair is ordered. */
#include <pthread.h>
#include <stdio.h>
static int x;
static void *bump(void *arg) {
    __atomic_fetch_add(&x, 1, __ATOMIC_RELAXED);
    return arg;
}
int main(void) {
    for (int i = 0; i < 3; i++) {
        pthread_t t;
        x = i * 10;
        pthread_create(&t, NULL, bump, NULL);
        pthread_join(t, NULL);
        printf("%d\n", x);
    }
    return 0;
}
