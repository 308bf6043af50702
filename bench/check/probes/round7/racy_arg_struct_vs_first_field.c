/* TRUTH: racy. &rec and &rec.hits point to the same int (first member), which both threads increment through their int pointer. */
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
    pthread_create(&a, NULL, bump, &rec);
    pthread_create(&b, NULL, bump, &rec.hits);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", rec.hits);
    return 0;
}
