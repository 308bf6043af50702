/* TRUTH: racy — stage_a creates stage_b and only then overwrites baton (before joining); stage_b reads baton concurrently, so stage_a's second write and stage_b's read are unordered. */
#include <pthread.h>
#include <stdio.h>

static int baton;
static int relay;

static void *stage_b(void *a)
{
    (void)a;
    relay = baton + 1;
    return NULL;
}

static void *stage_a(void *a)
{
    pthread_t b;
    baton = 1;
    pthread_create(&b, NULL, stage_b, NULL);
    baton = *(int *)a;
    pthread_join(b, NULL);
    return NULL;
}

int main(void)
{
    int v = 40;
    pthread_t a;
    pthread_create(&a, NULL, stage_a, &v);
    pthread_join(a, NULL);
    printf("%d\n", relay);
    return 0;
}
