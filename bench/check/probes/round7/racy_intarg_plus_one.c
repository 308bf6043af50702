/* TRUTH: racy. thread k writes out[k] and out[k+1]; threads 0 and 1 both write out[1]. */
#include <pthread.h>
#include <stdio.h>
static int out[3];

static void *w(void *arg)
{
    long k = (long)arg;
    out[k] = 1;
    out[k + 1] = 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w, (void *)0);
    pthread_create(&b, NULL, w, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", out[0], out[1], out[2]);
    return 0;
}
