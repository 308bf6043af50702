// Operators written in a macro's body (BUMP() defined as g++, SET(v) as h = v, INC(x) as
// x++ on an argument) are read from the #define: libclang gives the use's text only. Reads in
// a macro (MAXV(c, d), PLUS(e, 1)) stay reads.
#include <pthread.h>

int g, h, a, b, c, d, e;
struct S {
    int f;
} s;

#define BUMP() g++
#define SET(v) (h = (v))
#define INC(x) (x)++
#define ASSIGN(dst, v) ((dst) = (v))
#define MAXV(p, q) ((p) > (q) ? (p) : (q))
#define PLUS(p, q) ((p) + (q))
#define SETF() s.f = 1

static void *worker(void *arg)
{
    (void)arg;
    BUMP(); // RACE (definite)
    SET(3); // RACE (definite)
    INC(a); // RACE (definite)
    ASSIGN(b, 2); // RACE (definite)
    int m = MAXV(c, d) + PLUS(e, 1); // NORACE: reads only
    SETF(); // RACE (definite)
    return (void *)(long)m;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
