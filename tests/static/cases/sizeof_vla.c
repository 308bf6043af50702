// sizeof evaluates nothing, except the size of a variable-length array: sizeof(int[n]) reads n;
// a declaration's __typeof__(expr) evaluates nothing either, a VLA's bound does.
#include <pthread.h>

int n = 4;
int m = 4;
int k = 4, w = 4;

static void *grow(void *arg)
{
    (void)arg;
    n++; // RACE (definite): main reads n in a VLA's sizeof
    m++; // NORACE: main's sizeof of m's type evaluates nothing
    k++; // RACE (definite): main's VLA bound reads k
    int seen = w; // NORACE: main's __typeof__(w = 1) writes nothing
    return (void *)(long)seen;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, grow, NULL);
    unsigned long a = sizeof(int[n]); // RACE (definite)
    unsigned long b = sizeof m;       // NORACE
    unsigned long c = sizeof(m + 1);  // NORACE
    __typeof__(w = 1) typed = 0;      // NORACE: not evaluated
    int vla[k];                       // RACE (definite)
    vla[0] = typed;
    (void)vla;
    pthread_join(t, NULL);
    return (int)(a + b + c);
}
