// A union's storage reached by a pointer of a member's type of unknown target: &u kept as
// a void * and written through as a float *, &u.c[2] of a float array member kept and
// written through: each meets the union's other members' accesses by type (possible, shown
// with --type-matches). Before, only &u.f of a scalar member did, and the program was
// proved race-free.
#include <pthread.h>
#include <stdint.h>

union sample { float f; uint32_t raw; };
union coeffs { float c[4]; uint32_t w[4]; };
static union sample gain = { .f = 1.0f };
static union coeffs coef;
struct param { void *addr; };
static struct param params[2];

static void *tuner(void *arg)
{
    (void)arg;
    float *g = params[0].addr;
    *g = 2.0f; // RACE (possible)
    return NULL;
}

static void *loader(void *arg)
{
    (void)arg;
    float *k = params[1].addr;
    *k = 0.5f; // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t t, l;
    params[0].addr = &gain;
    params[1].addr = &coef.c[2];
    pthread_create(&t, NULL, tuner, NULL);
    pthread_create(&l, NULL, loader, NULL);
    uint32_t acc = gain.raw; // RACE (possible)
    acc ^= coef.w[2]; // RACE (possible)
    pthread_join(t, NULL);
    pthread_join(l, NULL);
    return (int)acc;
}
