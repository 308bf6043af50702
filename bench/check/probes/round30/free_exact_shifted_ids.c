/* TRUTH: race-free. Both threads are given 1; 'left' writes cell[id - 1] = cell[0], 'right' writes cell[id] = cell[1]. */
#include <pthread.h>
#include <stdio.h>

static double cell[2];

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
    pthread_create(&a, NULL, left, (void *)1);
    pthread_create(&b, NULL, right, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%f %f\n", cell[0], cell[1]);
    return 0;
}
