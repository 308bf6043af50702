/* TRUTH: racy — the thread gets (char *)&s as its argument and writes byte 4 (in s.b); main writes s.b unordered */
#include <pthread.h>
struct S { int a; int b; };
static struct S s;
static void *w(void *x) { ((char *)x)[sizeof(int)] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, (char *)&s);
    s.b = 2;
    pthread_join(t, 0);
    return s.a + s.b;
}
