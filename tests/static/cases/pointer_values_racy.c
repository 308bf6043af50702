// The racy twin of pointer_values.c: a pointer taken with va_arg, or read out of a struct a
// call returned, may be any object's address: here a global's that main writes (a race
// matched by type, so possible).
#include <pthread.h>
#include <stdarg.h>

int g, h;

struct ref {
    int *p;
};

static void set(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    *va_arg(ap, int *) = n; // RACE (possible): &g
    va_end(ap);
}

static struct ref make(void)
{
    struct ref r = {&h};
    return r;
}

static void *worker(void *arg)
{
    (void)arg;
    set(1, &g);
    *make().p = 1; // RACE (possible): &h
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    g = 2; // RACE (possible)
    h = 2; // RACE (possible)
    pthread_join(t, NULL);
    return 0;
}
