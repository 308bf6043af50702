/* TRUTH: racy — w calls exit(0), which runs the destructor fin in w's thread; fin writes g (`g = 7`) while main reads g in `r = g` after the create. */
#include <pthread.h>
#include <stdlib.h>
int g;
__attribute__((destructor)) static void fin(void) { g = 7; }
void *w(void *p) { exit(0); return 0; }
int main(void)
{
    pthread_t t;
    int r;
    pthread_create(&t, 0, w, 0);
    r = g;
    pthread_join(t, 0);
    return r;
}
