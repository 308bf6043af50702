/* TRUTH: racy — the hook lives in a struct and a setter copies a whole allocator descriptor whose alloc is scratch_alloc; a == b. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct allocator { void *(*alloc)(size_t); void (*release)(void *); };

static struct allocator hooks = { malloc, free };

void set_allocator(const struct allocator *a) { hooks = *a; }

static void *scratch_alloc(size_t n)
{
    static long scratch[64];
    return n <= sizeof scratch ? scratch : NULL;
}
static void scratch_release(void *p) { (void)p; }

static void *fill(void *arg)
{
    int *buf = arg;
    for (int i = 0; i < 8; i++) buf[i] = i;
    return NULL;
}

int main(void)
{
    static const struct allocator scratch = { scratch_alloc, scratch_release };
    set_allocator(&scratch);

    int *a = hooks.alloc(8 * sizeof *a);
    int *b = hooks.alloc(8 * sizeof *b);
    pthread_t t1, t2;
    pthread_create(&t1, NULL, fill, a);
    pthread_create(&t2, NULL, fill, b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %d\n", a[7], b[7]);
    return 0;
}
