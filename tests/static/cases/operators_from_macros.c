// A unary operator a macro spells: INC g (#define INC ++) and BUMP(k) (++ID(k) in its
// #define) write; not p (iso646.h's !), NOT p and E2 g (E2 is E1, E1 is __extension__)
// only read, and *ID(p) reads what p points at.
#include <iso646.h>
#include <pthread.h>

#define ID(a) a
#define INC ++
#define BUMP(x) ++ID(x)
#define NOT !
#define E1 __extension__
#define E2 E1

int g, k, quiet, target;
int *p = &target;

static void *worker(void *arg)
{
    (void)arg;
    INC g;     // RACE
    BUMP(k);   // RACE
    int r = not p;
    r += NOT p;
    r += E2 quiet; // NORACE
    r += *ID(p);   // RACE
    return (void *)(long)r;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    int sum = g + k + quiet; // RACE
    target = 1;              // RACE
    pthread_join(t, NULL);
    return sum;
}
