// race-free: the two threads write different members of the struct inside the union, which do not overlap.
#include <pthread.h>
#include <stdio.h>

union msg { struct { int kind; int len; } hdr; long raw; };
static union msg m;

static void *set_kind(void *arg) { m.hdr.kind = 1; return NULL; }
static void *set_len(void *arg) { m.hdr.len = 8; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_kind, NULL);
    pthread_create(&b, NULL, set_len, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
