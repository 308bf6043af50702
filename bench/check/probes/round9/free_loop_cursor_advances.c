/* TRUTH: free. The cursor p advances after every create, so each worker gets a distinct element of buf. */
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
        p++;
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", buf[0], buf[3]);
    return 0;
}
