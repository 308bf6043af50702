/* TRUTH: free — thread b calls __builtin_abort() (line 16) before its x = 2, which therefore never runs; a's x = 1 (line 9) has no conflicting access. */
#include <pthread.h>

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
    __builtin_abort();
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
