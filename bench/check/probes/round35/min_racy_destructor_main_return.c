/* TRUTH: racy — main returns without joining w; the destructor fin (`g++`) runs in main's thread during exit while w may still be executing `g = 1`. */
#include <pthread.h>
int g;
__attribute__((destructor)) static void fin(void) { g++; }
void *w(void *p) { g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    return 0;
}
