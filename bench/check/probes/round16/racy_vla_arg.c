// racy: both workers get the same VLA scratch buffer from main and write its first element.
#include <pthread.h>
#include <stdio.h>

static void *fill(void *arg)
{
    int *buf = arg;
    buf[0] = 1;
    return NULL;
}

int main(int argc, char **argv)
{
    int n = argc + 4;
    int scratch[n];
    pthread_t a, b;
    pthread_create(&a, NULL, fill, scratch);
    pthread_create(&b, NULL, fill, scratch);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", scratch[0]);
    return 0;
}
