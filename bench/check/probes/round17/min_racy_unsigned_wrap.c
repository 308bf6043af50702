/* Racy: a[id + 0xFFFFFFFFu] is a[id - 1] (unsigned wrap), the element thread id-1 writes. */
#include <pthread.h>
int a[3];
static void *w(void *arg)
{
    unsigned id = (unsigned)(long)arg;
    a[id] = 1;
    return (void *)(long)a[id + 0xFFFFFFFFu];
}
int main(void)
{
    pthread_t t[2];
    for (long i = 1; i < 3; i++)
        pthread_create(&t[i - 1], 0, w, (void *)i);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
}
