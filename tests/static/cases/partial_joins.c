// Threads main's one counting loop started, each handed its handle's index (t[k], (void *)k),
// run until a join may have ended them: main reading the element of one no join reached is a
// definite race; of one it joined, none (weft cannot prove that part yet: possible). A loop
// counting to a bound fixed at its start (i <= 100 * (id + 1)) waits for nobody; one whose
// every pass ends the thread goes past only when it does not run.
#include <pthread.h>

#define N 4
static long out[N], part[N];
static int g;

static void *fill(void *arg)
{
    long k = (long)arg;
    long s = 0;
    for (long i = 0; i <= 100 * (k + 1); i++) /* counted: no wait */
        s += i;
    out[k] = s; // RACE (definite): out[2], out[3] are read before their joins
    return NULL;
}

static void finish(int n)
{
    for (int i = 0; i < n; i++)
        pthread_exit(NULL);
}

static void *quits(void *arg)
{
    (void)arg;
    finish(1);
    g = 1; // RACE (possible): in fact never, finish(1) ends the thread
    return NULL;
}

static void *joined_part(void *arg)
{
    long k = (long)arg;
    part[k] = k; // RACE (possible): in fact main reads only what it joined
    return NULL;
}

int main(void)
{
    pthread_t w[N], p[N], q;
    for (long k = 0; k < N; k++)
        pthread_create(&w[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(w[k], NULL);
    long s = 0;
    for (int k = 0; k < N; k++)
        s += out[k]; // RACE (definite)
    for (int k = N / 2; k < N; k++)
        pthread_join(w[k], NULL);
    for (long k = 0; k < N; k++)
        pthread_create(&p[k], NULL, joined_part, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(p[k], NULL);
    for (int k = 0; k < N / 2; k++)
        s += part[k]; // RACE (possible)
    for (int k = N / 2; k < N; k++)
        pthread_join(p[k], NULL);
    pthread_create(&q, NULL, quits, NULL);
    g = 2; // RACE (possible)
    pthread_join(q, NULL);
    return (int)s + g;
}
