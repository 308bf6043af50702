/* TRUTH: free — the flag is waited for inside a helper taking a pointer (for(;;) with if/return on an ACQUIRE load); main writes msg plainly then RELEASE-stores the flag; after the wait the waiter reads msg plainly and plainly clears the flag; main touches neither again until join. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
static int go;
static char msg[16];
static char copy[16];
static void wait_for(int *f) {
    for (;;) {
        if (__atomic_load_n(f, __ATOMIC_ACQUIRE))
            return;
        sched_yield();
    }
}
static void *waiter(void *arg) {
    wait_for(arg);
    for (int i = 0; i < 16; i++) copy[i] = msg[i];
    *(int *)arg = 0;     /* plain write to the flag word */
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, waiter, &go);
    for (int i = 0; i < 15; i++) msg[i] = 'a' + i;
    __atomic_store_n(&go, 1, __ATOMIC_RELEASE);
    pthread_join(t, NULL);
    printf("%s %d\n", copy, go);
    return 0;
}
