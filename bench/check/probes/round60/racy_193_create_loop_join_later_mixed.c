/* TRUTH: racy — main writes x plainly in each iteration and creates a thread doing atomic RMWs on x, but joins only after the loop; iteration 1's plain write races with thread 0's atomic RMW. */
#include <pthread.h>
#include <stdio.h>
static int x;
static void *bump(void *arg) {
    __atomic_fetch_add(&x, 1, __ATOMIC_RELAXED);
    return arg;
}
int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) {
        x = i * 10;
        pthread_create(&t[i], NULL, bump, NULL);
    }
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d\n", x);
    return 0;
}
