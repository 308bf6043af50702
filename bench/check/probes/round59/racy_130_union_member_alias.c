/* TRUTH: racy — u.as_int and u.as_float are members of the same union and occupy the same bytes; thread int_side writes u.as_int while float_side writes u.as_float with no synchronization. */
#include <pthread.h>
#include <stdio.h>

static union {
    int as_int;
    float as_float;
} u;

static void *int_side(void *a)
{
    u.as_int = 42;
    return a;
}

static void *float_side(void *a)
{
    u.as_float = 1.5f;
    return a;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, int_side, NULL);
    pthread_create(&b, NULL, float_side, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", u.as_int);
    return 0;
}
