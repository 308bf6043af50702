/* TRUTH: free — stage_a writes baton then creates stage_b (create edge), never writes baton again, and joins stage_b; stage_b reads baton and writes relay; main joins stage_a and then reads relay. All pairs are ordered by create/join. */
#include <pthread.h>
#include <stdio.h>

static int baton;
static int relay;

static void *stage_b(void *a)
{
    (void)a;
    relay = baton * 2;
    return NULL;
}

static void *stage_a(void *a)
{
    pthread_t b;
    baton = *(int *)a;
    pthread_create(&b, NULL, stage_b, NULL);
    pthread_join(b, NULL);
    return NULL;
}

int main(void)
{
    int start = 21;
    pthread_t a;
    pthread_create(&a, NULL, stage_a, &start);
    pthread_join(a, NULL);
    printf("%d %d\n", baton, relay);
    return 0;
}
