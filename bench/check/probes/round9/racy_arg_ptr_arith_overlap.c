/* TRUTH: racy. Worker i gets buf + i and writes p[0] and p[1], so worker 0's write of buf[1] conflicts with worker 1's write of buf[1]. */
#include <pthread.h>
#include <stdio.h>

static int buf[4];

static void *smooth(void *arg)
{
    int *p = arg;
    p[0] += 1;
    p[1] += 1;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, smooth, buf + i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", buf[0], buf[1], buf[2]);
    return 0;
}
