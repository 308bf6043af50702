// racy: a and c are bit-fields in one sequence of adjacent bit-fields (b is a bit-field too), so one memory location.
#include <pthread.h>
struct flags { unsigned a : 3; unsigned b : 10; unsigned c : 3; };
static struct flags f;
static void *ta(void *x) { (void)x; f.a = 1; return NULL; }
static void *tb(void *x) { (void)x; f.c = 2; return NULL; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, ta, NULL);
    pthread_create(&q, NULL, tb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return f.a + f.c;
}
