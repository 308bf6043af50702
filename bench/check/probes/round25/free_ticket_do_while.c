/* TRUTH: race-free. Ticket lock with a do-while wait: tickets from a counter that only counts up by 1, the holder alone increments serving (seq_cst) to release; the two threads' updates of log_len are mutually exclusive. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_uint tickets;
atomic_uint serving;
int log_len;

void *appender(void *arg)
{
    (void)arg;
    unsigned me = atomic_fetch_add(&tickets, 1);
    unsigned s;
    do
        s = atomic_load(&serving);
    while (s != me);
    log_len += 3;
    atomic_fetch_add(&serving, 1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, appender, NULL);
    pthread_create(&b, NULL, appender, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", log_len);
    return 0;
}
