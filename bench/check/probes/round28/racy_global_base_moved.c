/* TRUTH: racy. The create loop hands out &base[i], but base is an atomic pointer that the
   mover thread may step back from buf + 1 to buf between iterations: then iteration 0
   handed &buf[1] and iteration 1 hands &buf[1] again, and both workers write it. */
#include <pthread.h>
#include <stdio.h>

#define N 3

static int buf[N + 1];
static int *_Atomic base = buf + 1;

static void *mover(void *arg)
{
    (void)arg;
    base = buf;
    return NULL;
}

static void *inc(void *arg)
{
    int *p = arg;
    *p += 1;
    return NULL;
}

int main(void)
{
    pthread_t m, t[N];
    int i;
    pthread_create(&m, NULL, mover, NULL);
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, inc, &base[i]);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    pthread_join(m, NULL);
    printf("%d\n", buf[1]);
    return 0;
}
