/* TRUTH: race-free. wait_flag() spins by goto on a seq_cst atomic flag that producer sets after writing payload; main writes payload only afterwards. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag;
int payload;
void *producer(void *a) {
    payload = 1;
    atomic_store(&flag, 1);
    return a;
}
static void wait_flag(void) {
L:
    if (!atomic_load(&flag))
        goto L;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, producer, 0);
    wait_flag();
    payload = 2;
    pthread_join(t, 0);
    return 0;
}
