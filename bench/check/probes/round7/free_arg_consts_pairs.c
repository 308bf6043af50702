/* TRUTH: free. threads get &buf[0] and &buf[2] and each writes p[0] and p[1]: elements 0,1 and 2,3, disjoint. */
#include <pthread.h>
#include <stdio.h>
static int buf[4];

static void *fill(void *arg)
{
    int *p = arg;
    p[0] = 1;
    p[1] = 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, fill, &buf[0]);
    pthread_create(&b, NULL, fill, &buf[2]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d %d\n", buf[0], buf[1], buf[2], buf[3]);
    return 0;
}
