/* TRUTH: racy — main registers h with at_quick_exit; w calls quick_exit(0), which runs h in w's thread: h's `g++` races with main's `g = 2` written after the create (main is still running, blocked later in join). */
#include <pthread.h>
#include <stdlib.h>
int g;
void h(void) { g++; }
void *w(void *p) { quick_exit(0); return 0; }
int main(void)
{
    pthread_t t;
    at_quick_exit(h);
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
