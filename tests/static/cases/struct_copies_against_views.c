// A helper reading a struct member byte by byte through a pointer of unknown target
// (checksum(&s->key, sizeof s->key), s from a void * field) reaches that member of any
// object whose fields pointers may reach: whole-struct copies that write those fields, into
// an array's element (sessions[1] = fresh), through a global pointer (*cur = fresh) or into
// a struct member of a global (srv.active = fresh), meet it by type (possible, shown with
// --type-matches). Before, only a whole named variable's copy (gs = fresh) did.
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

struct sess_key { uint8_t b[16]; };
struct session { uint32_t id; struct sess_key key; };
struct server { int port; struct session active; };

static struct session sessions[2];
static struct session gs;
static struct session *cur = &gs;
static struct server srv;
struct box { void *a, *b, *c; };

static uint32_t checksum(const void *p, size_t n)
{
    const uint8_t *b = p;
    uint32_t s = 0;
    for (size_t i = 0; i < n; i++)
        s = s * 31 + b[i]; // RACE (possible)
    return s;
}

static void *verify(void *arg)
{
    struct box *bx = arg;
    struct session *s = bx->a;
    uint32_t sum = checksum(&s->key, sizeof s->key);
    return (void *)(uintptr_t)sum;
}

int main(void)
{
    pthread_t t;
    static struct box bx = { &sessions[1], &gs, &srv.active };
    pthread_create(&t, NULL, verify, &bx);
    struct session fresh = { 7, { { 1, 2, 3 } } };
    sessions[1] = fresh; // RACE (possible)
    *cur = fresh; // RACE (possible)
    srv.active = fresh; // RACE (possible)
    pthread_join(t, NULL);
    return (int)srv.active.id;
}
