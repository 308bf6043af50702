/* TRUTH: racy — same die() style, but tally is updated without any lock by all workers */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static int tally;

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static void *worker(void *arg)
{
    int n = (int)(long)arg;
    if (n < 0)
        die("bad argument %d", n);
    tally += n;
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (long i = 0; i < 4; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)(i + 1)) != 0)
            die("pthread_create");
    for (int i = 0; i < 4; i++)
        if (pthread_join(t[i], NULL) != 0)
            die("pthread_join");
    printf("tally %d\n", tally);
    return 0;
}
