/* TRUTH: racy — the postfix ++ is spelled by an object-like macro (g PP): main writes g while the thread reads it */
#include <pthread.h>
#define PP ++
int g = 1;
int *p = &g;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    g PP;
    pthread_join(t, &res);
    return (int)(long)res + g;
}
