/* TRUTH: racy. sizeof applied to the variable length array type char[width] evaluates width at run time (C11 6.5.3.4p2): measurer reads width while resizer writes width = 16, unordered. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

int width = 8;

void *resizer(void *arg)
{
    (void)arg;
    width = 16;
    return NULL;
}

void *measurer(void *arg)
{
    (void)arg;
    size_t z = sizeof(char[width]);
    printf("%zu\n", z);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, resizer, NULL);
    pthread_create(&b, NULL, measurer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
