/* TRUTH: racy. 'left' is given 2 and writes cell[id - 1] = cell[1]; 'right' is given 1 and writes cell[id] = cell[1]: same element, no synchronization. */
#include <pthread.h>
#include <stdio.h>

static double cell[3];

static void *left(void *arg)
{
    long id = (long)arg;
    cell[id - 1] = 0.5;
    return NULL;
}

static void *right(void *arg)
{
    long id = (long)arg;
    cell[id] = 1.5;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, left, (void *)2);
    pthread_create(&b, NULL, right, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%f\n", cell[1]);
    return 0;
}
