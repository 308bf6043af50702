/* TRUTH: free — SEP(+,+) g expands to + + g (two tokens, unary plus twice): only reads of g */
#include <pthread.h>
#define SEP(a,b) a b
int g = 1;
int *p = &g;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    (void)(SEP(+,+) g);
    pthread_join(t, &res);
    return (int)(long)res + g;
}
