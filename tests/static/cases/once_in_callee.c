// pthread_once inside a helper: what the helper does after the call comes after the
// callback, in whichever thread the callback ran; each pthread_once runs the callback it is
// given (init_big, not every function any pthread_once call was given). A read before the
// helper's pthread_once is not ordered.
#include <pthread.h>

static pthread_once_t once_small = PTHREAD_ONCE_INIT, once_big = PTHREAD_ONCE_INIT;
static unsigned small[16], big[16], early;

static void init_small(void)
{
    for (int i = 0; i < 16; i++)
        small[i] = (unsigned)i * 3; // NORACE: every reader calls pthread_once(&once_small) first
    early = 1; // RACE (possible): peek() reads it without calling pthread_once
}

static void init_big(void)
{
    for (int i = 0; i < 16; i++)
        big[i] = (unsigned)i * 5; // NORACE: only under once_big, read after it
}

static unsigned lookup_small(int n)
{
    pthread_once(&once_small, init_small);
    return small[n & 15];
}

static unsigned lookup_big(int n)
{
    pthread_once(&once_big, init_big);
    return big[n & 15];
}

static unsigned peek(void) { return early; }

static void *worker(void *arg)
{
    int n = (int)(long)arg;
    return (void *)(long)(lookup_small(n) + lookup_big(n) + peek());
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
