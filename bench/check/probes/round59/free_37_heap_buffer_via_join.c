/* TRUTH: free — main allocates buf and does not touch it between pthread_create and pthread_join; the worker writes it; creation orders main's init before the worker, join orders the worker's writes before main's reads and free. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct job {
    size_t n;
    int *buf;
};

static void *produce(void *p)
{
    struct job *j = p;
    for (size_t i = 0; i < j->n; i++)
        j->buf[i] = (int)(i * i);
    return NULL;
}

int main(void)
{
    struct job j;
    j.n = 32;
    j.buf = calloc(j.n, sizeof *j.buf);
    if (!j.buf)
        return 1;
    pthread_t t;
    pthread_create(&t, NULL, produce, &j);
    pthread_join(t, NULL);
    long s = 0;
    for (size_t i = 0; i < j.n; i++)
        s += j.buf[i];
    free(j.buf);
    printf("%ld\n", s);
    return 0;
}
