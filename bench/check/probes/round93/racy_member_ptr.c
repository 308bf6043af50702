// One thread writes g.b directly, the other through an int* to the same
// member taken before the threads start -> race on g.b.
#include <pthread.h>
#include <stdio.h>
struct s { int a, b; };
static struct s g;
static int *pb;
static void *t1(void *arg) { (void)arg; for (int i = 0; i < 100; i++) g.b = i; return NULL; }
static void *t2(void *arg) { (void)arg; for (int i = 0; i < 100; i++) *pb = -i; return NULL; }
int main(void) {
    pb = &g.b;
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    printf("%d\n", g.b);
    return 0;
}
