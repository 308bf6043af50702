// A struct copied at one place races field by field: one finding for the place, not one per field.
#include <pthread.h>

struct pair {
    int a, b;
};

static struct pair shared;

static void *writer(void *arg)
{
    struct pair mine = {1, 2};
    (void)arg;
    shared = mine; // RACE
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    struct pair seen = shared; // RACE
    pthread_join(t, NULL);
    return seen.a + seen.b;
}
