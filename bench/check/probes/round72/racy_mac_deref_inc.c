/* TRUTH: racy — ++*ID(p) writes g through p while the thread reads g */
#include <pthread.h>
#define ID(a) a
int g = 1;
int *p = &g;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    ++*ID(p);
    pthread_join(t, &res);
    return (int)(long)res + g;
}
