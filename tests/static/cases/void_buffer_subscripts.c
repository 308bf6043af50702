// A buffer behind a void pointer, subscripted through casts to element types of different
// sizes: ((long *)buf)[0] spans bytes 0..7, ((int *)buf)[1] bytes 4..7. Which bytes an
// index reaches depends on the cast, so each is some part of the buffer, and parts of one
// buffer taken as different types meet: a possible race. Before, each was an element by
// its index in its own type's group (no race). A byte through a char pointer keeps its
// index.
#include <pthread.h>
#include <stdlib.h>

void *buf;

static void *wide(void *arg)
{
    (void)arg;
    ((long *)buf)[0] = 1; // RACE (possible)
    return NULL;
}

static void *narrow(void *arg)
{
    (void)arg;
    ((int *)buf)[1] = 2; // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    buf = malloc(32);
    pthread_create(&a, NULL, wide, NULL);
    pthread_create(&b, NULL, narrow, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    free(buf);
    return 0;
}
