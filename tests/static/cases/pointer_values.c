// Pointers whose values the walk does not keep (taken with va_arg in a loop, read out of a
// struct or an array, a struct a call returned) are followed by type; where nothing else of
// that type is shared, they race with nothing. A va_arg on the function's straight-line
// path takes the variadic argument its place gives, as a parameter would.
#include <pthread.h>
#include <stdarg.h>

struct pair {
    long *p;
};

static long sums[2];
static int counts;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static double total;

static void add_locked(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    pthread_mutex_t *l = va_arg(ap, pthread_mutex_t *);
    double *d = va_arg(ap, double *);
    pthread_mutex_lock(l);
    *d += n; // NORACE: l is m and d is &total in every call
    pthread_mutex_unlock(l);
    va_end(ap);
}

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
    add_locked(1, &m, &total);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    add_locked(2, &m, &total);
    pthread_join(t, NULL);
    *slot(0).p = counts; // NORACE: joined
    return (int)sums[0];
}
