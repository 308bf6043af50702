/* TRUTH: free — in b, strict is always 1, so `if (strict) abort();` (line 19) always ends the run before b's x = 2; only a writes x (line 10). */
#include <pthread.h>
#include <stdlib.h>

static int x;

static void *a(void *arg)
{
    (void)arg;
    x = 1;
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    int strict = 1;
    if (strict)
        abort();
    x = 2;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, a, NULL);
    pthread_create(&t2, NULL, b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
