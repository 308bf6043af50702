/* TRUTH: free — main joins b (started in atomic_start) before its x = 1 (line 23), so b's x = 2 (line 10) happens before it. */
#include <pthread.h>

static int x;
static pthread_t t2;

static void *b(void *arg)
{
    (void)arg;
    x = 2;
    return NULL;
}

static void atomic_start(void)
{
    pthread_create(&t2, NULL, b, NULL);
}

int main(void)
{
    atomic_start();
    pthread_join(t2, NULL);
    x = 1;
    return 0;
}
