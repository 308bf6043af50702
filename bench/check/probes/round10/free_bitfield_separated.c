/* free: the two bit-fields are separated by a non-bit-field int member, so
   they are distinct memory locations in C11. */
#include <pthread.h>
struct flags { unsigned a : 4; int sep; unsigned b : 4; };
static struct flags f;
static void *ta(void *x) { (void)x; f.a = 3; return 0; }
static void *tb(void *x) { (void)x; f.b = 5; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, ta, 0);
    pthread_create(&q, 0, tb, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return f.a + f.b;
}
