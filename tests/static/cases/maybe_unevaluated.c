// Operands that may not run are not on every path: GNU's a ?: b (b where a is 0), an &&
// or || a macro wrote (libclang tells no operator there), the associations of _Generic (one
// is chosen), and a loop body that returns at once (for (...) return a[i]; reads a[0] only).
#include <pthread.h>

static int g1, g2, g3, a[8];

#define SET_IF_POS(x, v) ((x) > 0 && ((v) = 1))

static void *t1(void *arg)
{
    int k = (int)(long)arg;
    k ?: (g1 = 1);         // RACE (possible): only where k is 0
    SET_IF_POS(k, g2);     // RACE (possible): only where k > 0
    _Generic(k, long: g3 = 1, default: (void)0); // RACE (possible): an int k chooses default
    for (int i = 0; i < 8; i++)
        return (void *)(long)a[i]; // RACE (possible): a[0] only
    return NULL;
}

static void *t2(void *arg)
{
    (void)arg;
    g1 = g2 = g3 = 2; // RACE (possible)
    a[0] = 2;         // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, t1, (void *)1L);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return 0;
}
