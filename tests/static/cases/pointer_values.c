// Pointers whose values the walk does not keep (taken with va_arg, read out of a struct or
// an array, a struct a call returned) are followed by type; where nothing else of that type
// is shared, they race with nothing.
#include <pthread.h>
#include <stdarg.h>

struct pair {
    long *p;
};

static long sums[2];
static int counts;

static long add(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    long s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int); // NORACE: values, not pointers
    va_end(ap);
    return s;
}

static struct pair slot(int i)
{
    struct pair r = {&sums[i]};
    return r;
}

static void *worker(void *arg)
{
    (void)arg;
    counts = (int)add(2, 1, 2); // NORACE: main reads it after the join
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    *slot(0).p = counts; // NORACE: joined
    return (int)sums[0];
}
