/* TRUTH: free — one thread writes s[0].arr[1], the other s[1].arr[0]: two different ints */
#include <pthread.h>
#include <stdio.h>

struct rec { int arr[2]; };
static struct rec s[2];

static void *second_of(void *arg)
{
    int *p = arg;
    p[1] = 1;
    return 0;
}

static void *first_of(void *arg)
{
    int *p = arg;
    p[0] = 2;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, second_of, s[0].arr);
    pthread_create(&b, 0, first_of, s[1].arr);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", s[0].arr[1], s[1].arr[0]);
    return 0;
}
