/* TRUTH: free. the threads get &rec.hits and &rec.misses, two distinct ints. */
#include <pthread.h>
#include <stdio.h>
struct record { int hits; int misses; };
static struct record rec;

static void *bump(void *p)
{
    int *x = p;
    (*x)++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, bump, &rec.hits);
    pthread_create(&b, NULL, bump, &rec.misses);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", rec.hits, rec.misses);
    return 0;
}
