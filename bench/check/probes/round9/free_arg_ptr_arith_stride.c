/* TRUTH: free. Worker i gets buf + 2*i and writes p[0] and p[1], i.e. the disjoint pairs {0,1} and {2,3}. */
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
        pthread_create(&t[i], NULL, smooth, buf + 2 * i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d %d\n", buf[0], buf[1], buf[2], buf[3]);
    return 0;
}
