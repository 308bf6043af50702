/* TRUTH: free. main allocates buf before creating the threads; one thread writes buf[0], the other buf[1]; main frees after joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int *buf;

static void *first(void *p) { (void)p; buf[0] = 10; return NULL; }
static void *second(void *p) { (void)p; buf[1] = 20; return NULL; }

int main(void)
{
    pthread_t a, b;
    buf = calloc(2, sizeof *buf);
    if (!buf)
        return 1;
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", buf[0] + buf[1]);
    free(buf);
    return 0;
}
