/* TRUTH: free — the do-while always returns when i reaches 3, so the write to after is never reached */
#include <pthread.h>
static int after;
static void *worker(void *arg)
{
    (void)arg;
    int i = 0;
    do {
        if (i == 3)
            return NULL;
        i++;
    } while (i < 10);
    after = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    after = 2;
    pthread_join(t, NULL);
    return after;
}
