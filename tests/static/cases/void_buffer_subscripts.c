// A buffer behind a void pointer, subscripted through casts to element types of different
// sizes: ((long *)buf)[0] spans bytes 0..7, ((int *)buf)[1] bytes 4..7. Which bytes an
// index reaches depends on the cast, so each is some part of the buffer, and parts of one
// buffer taken as different types meet: a possible race. Before, each was an element by
// its index in its own type's group (no race). A byte through a char pointer keeps its
// index, but an int stored through a cast of a byte pointer meets the bytes of what that
// pointer points at (*(int *)bytes and bytes[2]: before, an int and a byte reached by
// type, never compared).
#include <pthread.h>
#include <stdlib.h>

void *buf;
unsigned char *bytes;

static void *wide(void *arg)
{
    (void)arg;
    ((long *)buf)[0] = 1; // RACE (possible)
    *(int *)bytes = 1;    // RACE (possible)
    return NULL;
}

static void *narrow(void *arg)
{
    (void)arg;
    ((int *)buf)[1] = 2; // RACE (possible)
    bytes[2] = 2;        // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    buf = malloc(32);
    bytes = malloc(16);
    pthread_create(&a, NULL, wide, NULL);
    pthread_create(&b, NULL, narrow, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    free(buf);
    free(bytes);
    return 0;
}
