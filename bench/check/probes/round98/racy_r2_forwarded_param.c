/* TRUTH: racy — the hook ends up as scratch_alloc, so a == b and both threads write the same buffer unordered (init() forwards its parameter to set_alloc). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *(*my_alloc)(size_t) = malloc;

void set_alloc(void *(*f)(size_t)) { my_alloc = f; }

/* a scratch allocator: hands out one cached heap buffer (callers must not keep two) */
static void *scratch_alloc(size_t n)
{
    static void *scratch;
    if (!scratch) scratch = malloc(n < 256 ? 256 : n);
    return scratch;
}

static void *fill(void *arg)
{
    int *buf = arg;
    for (int i = 0; i < 8; i++) buf[i] = i;
    return NULL;
}

static void init(void *(*alloc)(size_t)) { set_alloc(alloc); }

int main(void)
{
    init(scratch_alloc);

    int *a = my_alloc(8 * sizeof *a);
    int *b = my_alloc(8 * sizeof *b);
    pthread_t t1, t2;
    pthread_create(&t1, NULL, fill, a);
    pthread_create(&t2, NULL, fill, b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %d\n", a[7], b[7]);
    return 0;
}
