/* TRUTH: racy — each thread has its own arg struct, but both args point at the same `grand_total`; both threads do *a->total += a->val unlocked; thread vs thread. */
#include <pthread.h>
#include <stdio.h>

struct part { int val; long *total; };

static void *add_part(void *arg)
{
    struct part *a = arg;
    *a->total += a->val;
    return NULL;
}

int main(void)
{
    long grand_total = 0;
    struct part p1 = { 5, &grand_total };
    struct part p2 = { 7, &grand_total };
    pthread_t a, b;
    pthread_create(&a, NULL, add_part, &p1);
    pthread_create(&b, NULL, add_part, &p2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", grand_total);
    return 0;
}
