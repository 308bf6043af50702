/* TRUTH: racy — spawn2(w) starts w twice into two handles before joining either; the two instances' `g++` are unordered. */
#include <pthread.h>
int g;
void *w(void *a) { g++; return 0; }
void spawn2(void *(*f)(void *))
{
    pthread_t a, b;
    pthread_create(&a, 0, f, 0);
    pthread_create(&b, 0, f, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
}
int main(void)
{
    spawn2(w);
    return g;
}
