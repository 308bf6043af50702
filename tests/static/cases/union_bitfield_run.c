// Adjacent bit-fields are one memory location (C11 3.14) inside a union's member as anywhere:
// two threads writing u.f.a and u.f.b race. A bit-field after a zero-width one starts a new
// location, and two members of a union's struct that are not bit-fields are two.
#include <pthread.h>

static union {
    struct {
        unsigned a : 4, b : 4;
        unsigned : 0;
        unsigned c : 4;
        int x, y;
    } f;
    long raw;
} u;

static void *t1(void *p)
{
    (void)p;
    u.f.a = 1; // RACE: a and b share one location
    u.f.c = 1; // NORACE: after the zero-width bit-field
    u.f.x = 1; // NORACE
    return NULL;
}

static void *t2(void *p)
{
    (void)p;
    u.f.b = 1; // RACE
    u.f.y = 1; // NORACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)u.raw;
}
