/* TRUTH: free — spawn2 joins the first instance of f before starting the second, so the two `g++` are ordered by join-then-create. */
#include <pthread.h>
int g;
void *w(void *a) { g++; return 0; }
void spawn2(void *(*f)(void *))
{
    pthread_t a, b;
    pthread_create(&a, 0, f, 0);
    pthread_join(a, 0);
    pthread_create(&b, 0, f, 0);
    pthread_join(b, 0);
}
int main(void)
{
    spawn2(w);
    return g;
}
