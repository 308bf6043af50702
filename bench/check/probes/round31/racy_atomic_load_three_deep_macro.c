/* TRUTH: racy. LOAD3 expands (three macros deep) to the generic __atomic_load, which writes the global 'snap' plainly in both workers. */
#include <pthread.h>
#include <stdio.h>

#define LOAD1(p, out) __atomic_load((p), (out), __ATOMIC_ACQUIRE)
#define LOAD2(p, out) LOAD1(p, out)
#define LOAD3(p, out) LOAD2(p, out)

static long counter = 3;
static long snap;

static void *worker(void *arg)
{
    (void)arg;
    LOAD3(&counter, &snap);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", snap);
    return 0;
}
