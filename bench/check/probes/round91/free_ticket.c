/* free: a ticket lock (fetch_add on next, spin on serving with acquire, release
   increment on unlock) serializes all appends to log_buf/log_len. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket, serving;
static char log_buf[256];
static int log_len;

static void tlock(void) {
    unsigned me = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
    while (atomic_load_explicit(&serving, memory_order_acquire) != me)
        ;
}
static void tunlock(void) {
    atomic_fetch_add_explicit(&serving, 1, memory_order_release);
}

static void *logger(void *arg) {
    char c = *(char *)arg;
    for (int i = 0; i < 50; i++) {
        tlock();
        if (log_len < 255)
            log_buf[log_len++] = c;
        tunlock();
    }
    return NULL;
}

int main(void) {
    static char cs[4] = {'a', 'b', 'c', 'd'};
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, logger, &cs[i]);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%.*s\n", log_len, log_buf);
    return 0;
}
