/* TRUTH: racy — both threads copy limit (written only before the creates) into a local bound, run a counted loop, then write total without a lock; the two writes race */
#include <pthread.h>
static int limit = 50;
static long total;
static void *work(void *arg)
{
    (void)arg;
    int n = limit;
    long s = 0;
    for (int i = 0; i < n; i++)
        s += i;
    total = s;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)(total & 1);
}
