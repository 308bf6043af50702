/* TRUTH: racy — the join loop breaks at k == 2 after joining t[0], t[1]; main then reads out[3], written by unjoined instance 3 */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 9;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N; k++) {
        if (k == 2)
            break;
        pthread_join(t[k], NULL);
    }
    long s = out[3];
    pthread_join(t[2], NULL);
    pthread_join(t[3], NULL);
    return (int)(s & 1);
}
