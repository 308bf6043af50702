// Memory a pointer of unknown target reaches, against named parts of objects: a float *
// given &sample.f reaches the union, whose other member main reads as bits; a helper's
// memcmp of n->mac (n from a void * field) reads the array field whose element gnic.mac[5]
// main writes; a helper wiping s->key byte by byte (s from a void * field) writes what a
// whole copy of the variable, snap = gs, reads. Each is paired by type (possible). Before,
// each was proved race-free: the union's location was reached by its members' own types
// only, an element by its element's type, a whole copy's fields lay in no object's type.
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

union sample { float f; uint32_t bits; };
static union sample sample;
static uintptr_t out_handle;

struct nic { int ifindex; uint8_t mac[6]; };
static struct nic gnic = { 2, { 2, 0, 0, 0, 0, 1 } };
static const uint8_t wanted[6] = { 2, 0, 0, 0, 0, 7 };

struct key { uint32_t k[4]; int gen; };
struct sess { int id; struct key key; };
static struct sess gs = { 1, { { 1, 2, 3, 4 }, 1 } };

struct box { void *priv; void *other; };

static void wipe(void *p, size_t n)
{
    unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        b[i] = 0; // RACE (possible)
}

static void *worker(void *arg)
{
    struct box *bx = arg;
    float *out = (float *)out_handle;
    *out = 0.5f; // RACE (possible)
    struct nic *n = bx->priv;
    int hits = memcmp(n->mac, wanted, sizeof n->mac) == 0; // RACE (possible)
    struct sess *s = bx->other;
    wipe(&s->key, sizeof s->key);
    return (void *)(long)hits;
}

int main(void)
{
    pthread_t t;
    static struct box bx = { &gnic, &gs };
    out_handle = (uintptr_t)&sample.f;
    pthread_create(&t, NULL, worker, &bx);
    uint32_t mix = sample.bits; // RACE (possible)
    gnic.mac[5] = 9; // RACE (possible)
    struct sess snap = gs; // RACE (possible)
    pthread_join(t, NULL);
    return (int)mix + snap.key.gen;
}
