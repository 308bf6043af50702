/* TRUTH: racy. Both workers get a pointer to the same flags struct and write different bit-fields of the same storage unit without a lock. */
#include <pthread.h>
#include <stdio.h>

struct flags {
    unsigned dirty : 1;
    unsigned stale : 1;
    unsigned pad : 30;
};

static void *mark_dirty(void *arg) { struct flags *f = arg; f->dirty = 1; return NULL; }
static void *mark_stale(void *arg) { struct flags *f = arg; f->stale = 1; return NULL; }

int main(void)
{
    struct flags fl = { 0, 0, 0 };
    pthread_t a, b;
    pthread_create(&a, NULL, mark_dirty, &fl);
    pthread_create(&b, NULL, mark_stale, &fl);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", fl.dirty, fl.stale);
    return 0;
}
