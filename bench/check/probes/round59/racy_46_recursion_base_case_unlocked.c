/* TRUTH: racy — countdown() increments calls under cm on every level but the base case (n == 0) writes base_hits with no lock; both threads reach the base case, so their writes of base_hits are unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t cm = PTHREAD_MUTEX_INITIALIZER;
static int calls;
static int base_hits;

static void countdown(int n)
{
    if (n == 0) {
        base_hits++;
        return;
    }
    pthread_mutex_lock(&cm);
    calls++;
    pthread_mutex_unlock(&cm);
    countdown(n - 1);
}

static void *run(void *a)
{
    countdown((int)(long)a);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, run, (void *)4L);
    pthread_create(&b, NULL, run, (void *)6L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", calls, base_hits);
    return 0;
}
