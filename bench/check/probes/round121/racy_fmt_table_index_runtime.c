/* TRUTH: racy — the format comes from fmts[level] with level 1 at run time, whose entry "%-10s%n|\n" writes col, which the pager thread reads concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char *const fmts[] = {
    "%s\n",
    "%-10s%n|\n",
};

static int col;

static void *pager(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += col;
        usleep(100);
    }
    return NULL;
}

static void *printer(void *arg)
{
    int level = *(int *)arg;
    for (int i = 0; i < 200; i++) {
        printf(fmts[level], "item", &col);
        usleep(100);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    long acc = 0;
    int level = argc > 5 ? 0 : 1;
    pthread_t a, b;
    pthread_create(&a, NULL, pager, &acc);
    pthread_create(&b, NULL, printer, &level);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fprintf(stderr, "%ld\n", acc);
    return 0;
}
