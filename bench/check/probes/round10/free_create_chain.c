/* free: main writes x then creates t1; t1 writes x then creates t2; t2 writes
   x. Each creation orders the parent's earlier write before the child;
   nobody writes x after creating a child, and main only reads after joining
   t1, which joined t2. */
#include <pthread.h>
static int x;
static void *t2(void *a) { (void)a; x = 3; return 0; }
static void *t1(void *a) {
    (void)a;
    x = 2;
    pthread_t c;
    pthread_create(&c, 0, t2, 0);
    pthread_join(c, 0);
    return 0;
}
int main(void) {
    x = 1;
    pthread_t p;
    pthread_create(&p, 0, t1, 0);
    pthread_join(p, 0);
    return x;
}
