// Races weft can stand behind: one named object, threads surely running at once, nothing in between.
#include <pthread.h>

int hits;
int ready;

static void *counter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        hits++; // RACE (definite): two instances of counter run at once
    return NULL;
}

static void *setter(void *arg)
{
    (void)arg;
    ready = 1; // RACE (definite): main reads it while setter runs
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, counter, NULL);
    pthread_create(&b, NULL, counter, NULL);
    pthread_create(&c, NULL, setter, NULL);
    int r = ready; // RACE (definite)
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return r + hits; // NORACE: after every join
}
