/* TRUTH: racy — set_alloc_ret returns the previous hook; main installs scratch_alloc through the returned-old idiom (the second call passes back scratch_alloc), so a == b. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *(*my_alloc)(size_t) = malloc;

typedef void *(*alloc_fn)(size_t);
alloc_fn set_alloc(alloc_fn f) { alloc_fn old = my_alloc; my_alloc = f; return old; }

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

int main(void)
{
    alloc_fn old = set_alloc(scratch_alloc);
    alloc_fn cur = set_alloc(old);
    set_alloc(cur);

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
