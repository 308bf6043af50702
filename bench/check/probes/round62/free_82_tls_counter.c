/* TRUTH: free — tcount is __thread, so each thread increments its own copy; no memory is shared */
#include <pthread.h>
static __thread int tcount;
static void *work(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        tcount++;
    return (void *)(long)tcount;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    tcount = 5;
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return tcount == 5 ? 0 : 1;
}
