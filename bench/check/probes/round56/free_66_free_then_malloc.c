/* TRUTH: free — each thread mallocs, uses and frees its own block; even if the allocator hands thread B the address thread A just freed, those are different objects whose lifetimes do not overlap (malloc/free synchronize), so there is no race. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *churn(void *arg)
{
    long tag = (long)arg;
    long sum = 0;
    for (int r = 0; r < 50; r++) {
        char *p = malloc(48);
        if (!p)
            break;
        memset(p, (int)tag, 48);
        sum += p[47];
        free(p);
    }
    return (void *)sum;
}

int main(void)
{
    pthread_t a, b;
    void *ra, *rb;
    pthread_create(&a, NULL, churn, (void *)1L);
    pthread_create(&b, NULL, churn, (void *)2L);
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    printf("%ld %ld\n", (long)ra, (long)rb);
    return 0;
}
