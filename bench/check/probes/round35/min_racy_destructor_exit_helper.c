/* TRUTH: racy — w calls die(), which calls exit(1): the destructor fin runs in w's thread and writes g while main writes `g = 2` after the create. */
#include <pthread.h>
#include <stdlib.h>
int g;
__attribute__((destructor)) static void fin(void) { g++; }
static void die(void) { exit(1); }
void *w(void *p) { die(); return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
