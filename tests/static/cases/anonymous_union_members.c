// Members of an anonymous struct inside a union (anonymous or not) overlap the union's other
// members: t.x is t.arr[0]'s memory, t.y t.arr[1]'s. libclang shows the unnamed member on
// some paths (t.<anon>.x) and not on others (t.arr): either way its fields are the
// object's, and inside a union the union's one location, told apart by their bits. Before,
// t.x and t.arr[0] were two locations (no race), as were u.a and u.raw.
#include <pthread.h>

struct T {
    int tag;
    union {
        struct {
            int x, y;
        };
        int arr[2];
    };
};
struct T t;

union U {
    struct {
        short a, b;
    };
    int raw;
};
union U u;

struct P {
    struct {
        int left;
    };
    int right;
};
struct P pl;

struct Two { /* two anonymous unions: two locations, each named by where it starts */
    union {
        int a;
        float fa;
    };
    union {
        int c;
        float fc;
    };
};
struct Two both;

static void *one(void *arg)
{
    (void)arg;
    t.x = 1;    // RACE
    t.y = 2;    // NORACE: arr[1] below is y's memory, read in this thread's own order
    u.a = 3;    // RACE
    pl.left = 4; // NORACE: an anonymous struct in a struct is fields of its own
    t.tag = 5;  // NORACE
    both.a = 6; // NORACE: the other thread writes the second union
    return NULL;
}

static void *two(void *arg)
{
    (void)arg;
    t.arr[0] = 6; // RACE
    u.raw = 7;    // RACE
    pl.right = 8; // NORACE
    both.c = 9;   // NORACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, one, NULL);
    pthread_create(&b, NULL, two, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return t.arr[1] + t.tag; // NORACE: after both joins
}
