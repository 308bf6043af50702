/* TRUTH: free. thread k writes out[2k] and out[2k+1]; for k = 0, 1 these are {0,1} and {2,3}. */
#include <pthread.h>
#include <stdio.h>
static int out[4];

static void *w(void *arg)
{
    long k = (long)arg;
    out[2 * k] = 1;
    out[2 * k + 1] = 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w, (void *)0);
    pthread_create(&b, NULL, w, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d %d\n", out[0], out[1], out[2], out[3]);
    return 0;
}
