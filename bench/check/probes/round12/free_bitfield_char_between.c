// free: bit-field a and plain char member b are distinct memory locations.
#include <pthread.h>
struct flags { unsigned a : 4; char b; };
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
