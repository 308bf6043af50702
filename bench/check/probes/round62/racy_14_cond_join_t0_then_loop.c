/* TRUTH: racy — t[0] is joined only when argc > 1; the loop joins t[1..3]; main then reads out[0], which instance 0 writes unjoined when argc <= 1 */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 2 + 1;
    return NULL;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    if (argc > 1)
        pthread_join(t[0], NULL);
    for (int k = 1; k < N; k++)
        pthread_join(t[k], NULL);
    long s = out[0];
    if (argc <= 1)
        pthread_join(t[0], NULL);
    return (int)(s & 1);
}
