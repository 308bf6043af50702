/* TRUTH: free — spin lock from __sync_bool_compare_and_swap + __sync_synchronize/__sync_lock_release protects the ring of log lines */
#include <pthread.h>
#include <stdio.h>
static int spin;
static char lines[8][32];
static int next_line;
static void lock(void) { while (!__sync_bool_compare_and_swap(&spin, 0, 1)) { } }
static void unlock(void) { __sync_lock_release(&spin); }
static void *logger(void *a) {
    int id = (int)(long)a;
    for (int i = 0; i < 20; i++) {
        lock();
        snprintf(lines[next_line], 32, "t%d msg%d", id, i);
        next_line = (next_line + 1) % 8;
        unlock();
    }
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, logger, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    puts(lines[0]);
    return 0;
}
