/* TRUTH: racy — the join loop longjmps out at k == 2 after joining t[0], t[1]; main then reads out[3] while instance 3 is unjoined */
#include <pthread.h>
#include <setjmp.h>
#define N 4
static long out[N];
static jmp_buf env;
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 21;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    if (!setjmp(env)) {
        for (int k = 0; k < N; k++) {
            if (k == N / 2)
                longjmp(env, 1);
            pthread_join(t[k], NULL);
        }
    }
    long s = out[3];
    pthread_join(t[2], NULL);
    pthread_join(t[3], NULL);
    return (int)(s & 1);
}
