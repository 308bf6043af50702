// A handle copied into another variable still joins its thread.
#include <pthread.h>

static int x;

static void *writer(void *p)
{
    (void)p;
    x = 1; // NORACE: joined through a
    return NULL;
}

int main(void)
{
    pthread_t a, copy;
    pthread_create(&a, NULL, writer, NULL);
    copy = a;
    (void)copy;
    pthread_join(a, NULL);
    return x; // NORACE
}
