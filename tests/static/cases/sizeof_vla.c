// sizeof evaluates nothing, except the size of a variable-length array: sizeof(int[n]) reads n.
#include <pthread.h>

int n = 4;
int m = 4;

static void *grow(void *arg)
{
    (void)arg;
    n++; // RACE (definite): main reads n in a VLA's sizeof
    m++; // NORACE: main's sizeof of m's type evaluates nothing
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, grow, NULL);
    unsigned long a = sizeof(int[n]); // RACE (definite)
    unsigned long b = sizeof m;       // NORACE
    unsigned long c = sizeof(m + 1);  // NORACE
    pthread_join(t, NULL);
    return (int)(a + b + c);
}
