/* TRUTH: racy — w calls exit(0), which runs the destructor fin in w's thread; fin's `g++` races with main's `g = 2` made after the create (main has not joined w). */
#include <pthread.h>
#include <stdlib.h>
int g;
__attribute__((destructor)) static void fin(void) { g++; }
void *w(void *p) { exit(0); return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
