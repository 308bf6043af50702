/* TRUTH: racy. The cursor p advances only on odd iterations, so workers 0 and 1 both get &buf[0] and write it concurrently. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int buf[N];

static void *worker(void *arg)
{
    int *p = arg;
    *p += 5;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int *p = buf;
    for (int i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, worker, p);
        if (i % 2)
            p++;
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", buf[0], buf[1]);
    return 0;
}
