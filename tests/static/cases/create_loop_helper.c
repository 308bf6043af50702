// A create loop in a function main calls once hands each thread its own element, as the same
// loop in main does; a function called twice hands the elements out twice.
#include <pthread.h>

#define N 3
static long a[N], b[N];
static pthread_t ta[N], tb[2 * N];

static void *wa(void *arg) { *(long *)arg += 1; return NULL; } // NORACE: one thread per element
static void *wb(void *arg) { *(long *)arg += 1; return NULL; } // RACE (possible): two threads per element

static void start_a(void)
{
    for (int i = 0; i < N; i++)
        pthread_create(&ta[i], NULL, wa, &a[i]);
}

static void start_b(int base)
{
    for (int i = 0; i < N; i++)
        pthread_create(&tb[base + i], NULL, wb, &b[i]);
}

int main(void)
{
    start_a();
    start_b(0);
    start_b(N);
    for (int i = 0; i < N; i++)
        pthread_join(ta[i], NULL);
    for (int i = 0; i < 2 * N; i++)
        pthread_join(tb[i], NULL);
    return (int)(a[0] + b[0]);
}
