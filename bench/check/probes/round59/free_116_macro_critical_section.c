/* TRUTH: free — all accesses to the shared histogram go through the WITH_LOCK macro, which wraps the statement in lock/unlock of the single hist_m; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

#define WITH_LOCK(m, stmt)          \
    do {                            \
        pthread_mutex_lock(&(m));   \
        stmt;                       \
        pthread_mutex_unlock(&(m)); \
    } while (0)

static pthread_mutex_t hist_m = PTHREAD_MUTEX_INITIALIZER;
static int hist[10];

static void *bin_values(void *a)
{
    unsigned x = (unsigned)(long)a;
    for (int i = 0; i < 30; i++) {
        x = x * 2654435761u + 1u;
        WITH_LOCK(hist_m, hist[x % 10]++);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, bin_values, (void *)1L);
    pthread_create(&b, NULL, bin_values, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int s = 0;
    for (int i = 0; i < 10; i++)
        s += hist[i];
    printf("%d\n", s);
    return 0;
}
