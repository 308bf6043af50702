// Members of a union that overlap through anonymous structs and unions nested in it, a named
// union inside it, an array member reached through a pointer, and a pointer to a union
// member: each pair covers the same bytes and races. Members at other bytes do not.
#include <pthread.h>
#include <stdlib.h>

union In {
    struct {
        int c;
        int d;
    };
    int e[2];
};
union O {
    struct {
        int a;
        int b;
    };
    struct {
        int pad;
        union {
            struct {
                int c;
                int d;
            };
            int e[2];
        };
    };
};
union N {
    struct {
        int a;
        int b;
    };
    struct {
        int pad;
        union In in;
    };
};
union U {
    struct {
        int x, y;
    };
    int arr[2];
};
static union O o;
static union N n, m;
static union U *hp;

static void *t1(void *arg)
{
    (void)arg;
    o.b = 1;     // RACE
    n.b = 1;     // RACE
    hp->y = 1;   // RACE
    m.b = 1;     // RACE
    o.a = 1;     // NORACE
    return NULL;
}

static void *t2(void *arg)
{
    union In *q = &m.in;
    (void)arg;
    o.c = 2;       // RACE
    n.in.c = 2;    // RACE
    hp->arr[1] = 2; // RACE
    q->c = 2;      // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    hp = malloc(sizeof *hp);
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    free(hp);
    return 0;
}
