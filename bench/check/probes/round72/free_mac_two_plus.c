/* TRUTH: free — PLUS PLUS g expands to the tokens + + g (two unary plus), a read of g, not an increment; both threads only read g */
#include <pthread.h>
#define PLUS +
int g = 1;
int *p = &g;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    (void)(PLUS PLUS g);
    pthread_join(t, &res);
    return (int)(long)res + g;
}
