// The members of a union overlap where their bytes do: u.s.a and u.s.b are two locations,
// v.s.a and v.raw share v.s.a's bytes, the members of a union inside it overlap again
// (u.s.in.x, u.s.in.y), and h.hdr.len and h.body.crc, fields of two members at different
// offsets, do not meet.
#include <pthread.h>

union U {
    struct {
        int a;
        int b;
        union { int x; int y; } in;
    } s;
    long long raw;
};

static union U u, v;
static union { struct { int len; int pad; } hdr; struct { int pad; int crc; } body; } h;

static void *t1(void *p)
{
    (void)p;
    u.s.a = 1; // NORACE: t2 writes u.s.b
    h.hdr.len = 1; // NORACE: bytes 0-3; t2 writes bytes 4-7
    u.s.in.x = 1; // RACE (definite): t2 writes u.s.in.y, the same int
    return NULL;
}

static void *t2(void *p)
{
    (void)p;
    u.s.b = 2;
    h.body.crc = 2;
    u.s.in.y = 2; // RACE (definite)
    v.s.a = 2; // RACE (definite)
    return NULL;
}

static void *t3(void *p)
{
    (void)p;
    return (void *)(long)v.raw; // RACE (definite): its first bytes are v.s.a's
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_create(&c, NULL, t3, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
