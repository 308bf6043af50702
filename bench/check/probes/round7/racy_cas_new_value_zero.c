/* TRUTH: racy. the CAS writes 0 over 0, so the "lock" word never becomes 1 and both threads pass it together. */
#include <pthread.h>
#include <stdio.h>
static int lk;
static int log_len;
static char logbuf[64];

static void put(char c)
{
    while (!__sync_bool_compare_and_swap(&lk, 0, 0))
        ;
    logbuf[log_len] = c;
    log_len++;
    __sync_lock_release(&lk);
}

static void *w(void *arg)
{
    put(*(char *)arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    char ca = 'a', cb = 'b';
    pthread_create(&a, NULL, w, &ca);
    pthread_create(&b, NULL, w, &cb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%.*s\n", log_len, logbuf);
    return 0;
}
