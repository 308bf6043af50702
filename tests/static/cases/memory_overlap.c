// Accesses that reach the same memory under other names: adjacent bit-fields are one memory
// location (C11 3.14), a union's members overlap, and a pointer formed by a cast or pointer
// arithmetic from an object's address may reach any part of it (reported as possible: which
// part is not known). Their twins that reach separate memory do not race.
#include <pthread.h>
#include <stddef.h>

struct flags {
    unsigned ready : 1;
    unsigned done : 1;
    int count;
} fl;

union word {
    int i;
    float f;
} w;

struct pair {
    int first;
    int second;
} pr;

int arr[8], other[8];
struct pair apart;

static void *worker(void *arg)
{
    (void)arg;
    fl.ready = 1; // RACE (definite): shares its memory location with fl.done
    w.i = 1; // RACE (definite): overlaps w.f
    pr.second = 1; // RACE (possible): main writes it through a char pointer
    arr[1] = 1; // RACE (possible): main writes it through arr + 1
    other[2] = 2; // NORACE: main writes other[3] only
    apart.first = 1; // NORACE: main writes apart.second
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    fl.done = 1; // RACE (definite)
    fl.count = 2; // NORACE: a field of its own
    w.f = 2.0f; // RACE (definite)
    char *bytes = (char *)&pr;
    bytes[offsetof(struct pair, second)] = 0; // RACE (possible)
    int *p = arr;
    *(p + 1) = 0; // RACE (possible)
    other[3] = 3;
    apart.second = 2;
    pthread_join(t, NULL);
    return 0;
}
