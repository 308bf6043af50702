/* TRUTH: racy — atomic_start() (a plain helper) starts thread b, whose x = 2 (line 10) runs concurrently with main's x = 1 (line 22) (main joins b only afterwards). */
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
    x = 1;
    pthread_join(t2, NULL);
    return 0;
}
