// A global array indexed (out[i]) does not hand its address to anyone: a pointer of its
// element type (*cp, set to &g) cannot reach it. Named as a value (p = buf, a struct's
// array s.rows), its address is out and a pointer may reach it.
#include <pthread.h>

static int g, out[2];
static const int *cp = &g;
static long buf[4];
static long *bp;
struct rows { long rows[4]; } s;
static long *sp;

static void *reader(void *v)
{
    long i = (long)v;
    out[i] = *cp;   // NORACE: cp only ever points at g
    *bp = 1;        // RACE (definite): both readers write what bp points at (main set it once, before)
    sp[1] = 2;      // RACE (definite): both readers write sp[1]
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    g = 4;
    bp = buf;
    sp = s.rows;
    pthread_create(&t1, NULL, reader, (void *)0);
    pthread_create(&t2, NULL, reader, (void *)1);
    buf[0] = 3; // RACE (possible)
    s.rows[1] = 1; // RACE (possible)
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return out[0] + out[1];
}
