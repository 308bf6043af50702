/* TRUTH: racy — main registers h with atexit before the create; w calls exit(0), which runs h in w's thread while main may be executing `g = 2` (after the create, before the join that never returns): h's `g++` and main's write are unordered. */
#include <pthread.h>
#include <stdlib.h>
int g;
void h(void) { g++; }
void *w(void *p) { exit(0); return 0; }
int main(void)
{
    pthread_t t;
    atexit(h);
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
