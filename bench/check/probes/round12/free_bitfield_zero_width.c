// free: a zero-width bit-field separates a and b into two memory locations.
#include <pthread.h>
struct flags { unsigned a : 4; unsigned : 0; unsigned b : 4; };
static struct flags f;
static void *ta(void *x) { (void)x; f.a = 3; return NULL; }
static void *tb(void *x) { (void)x; f.b = 5; return NULL; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, ta, NULL);
    pthread_create(&q, NULL, tb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return f.a + f.b;
}
