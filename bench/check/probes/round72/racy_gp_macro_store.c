/* TRUTH: racy — ID(ip) = &y (macro) repoints ip before create; thread and main both write y */
#include <pthread.h>
#define ID(a) a
int x, y;
int *ip = &x;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    ID(ip) = &y;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
