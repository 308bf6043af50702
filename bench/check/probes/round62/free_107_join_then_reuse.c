/* TRUTH: free — the handle t is reused for two threads run one after the other: the first is joined before the second is created, so their updates of r1 are ordered, and main reads r1 after the second join */
#include <pthread.h>
static int r1;
static void *w(void *arg)
{
    r1 += (int)(long)arg;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, w, (void *)1L);
    pthread_join(t, NULL);
    pthread_create(&t, NULL, w, (void *)2L);
    pthread_join(t, NULL);
    return r1 == 3 ? 0 : 1;
}
