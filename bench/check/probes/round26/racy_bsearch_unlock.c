/* TRUTH: racy. worker_a takes m and calls bsearch on a one-element table; the comparator
   (called exactly once) unlocks m, so worker_a's `total += ...` after bsearch runs without m,
   concurrently with worker_b's `total++` under m. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;
static const int table[1] = {7};

/* The lookup is the last thing that needs the table lock: the comparator drops it. */
static int cmp_release(const void *k, const void *e)
{
    pthread_mutex_unlock(&m);
    return *(const int *)k - *(const int *)e;
}

static void *worker_a(void *arg)
{
    int key = 7;
    (void)arg;
    pthread_mutex_lock(&m);
    const int *hit = bsearch(&key, table, 1, sizeof table[0], cmp_release);
    total += hit ? 10 : 1;
    return NULL;
}

static void *worker_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    total++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker_a, NULL);
    pthread_create(&b, NULL, worker_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
