/* TRUTH: free — t.a lives in the first anonymous union, t.c in the second; distinct memory locations. */
#include <pthread.h>
struct T {
    union { struct { int a; int b; }; long long x; };
    union { struct { int c; int d; }; long long y; };
};
struct T t;
void *t1(void *p) { t.a = 1; return 0; }
void *t2(void *p) { t.c = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
