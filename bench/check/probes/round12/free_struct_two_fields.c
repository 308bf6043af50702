// free: two threads write two different plain fields of one global struct.
#include <pthread.h>
struct pair { int a; int b; };
static struct pair s;
static void *ta(void *x) { (void)x; s.a = 1; return NULL; }
static void *tb(void *x) { (void)x; s.b = 4; return NULL; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, ta, NULL);
    pthread_create(&q, NULL, tb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return s.a + s.b;
}
