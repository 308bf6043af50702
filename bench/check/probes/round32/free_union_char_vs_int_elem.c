/* TRUTH: race-free. u.c[0] is byte 0 and u.i[1] is bytes 4..7 of the union: disjoint memory locations. */
#include <pthread.h>
union view {
    unsigned char c[8];
    int i[2];
} u;
static void *ta(void *arg) { (void)arg; u.c[0] = 1; return NULL; }
static void *tb(void *arg) { (void)arg; u.i[1] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, ta, NULL);
    pthread_create(&y, NULL, tb, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return u.c[0];
}
