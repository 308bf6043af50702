/* TRUTH: racy — the stride-2 loop joins only t[0], t[2]; main then reads out[1], written by unjoined instance 1 */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 6;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N; k += 2)
        pthread_join(t[k], NULL);
    long s = out[1];
    for (int k = 1; k < N; k += 2)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
