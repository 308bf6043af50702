/* TRUTH: free — main writes g only before pthread_create; fin runs only when w calls exit(0) (main stays blocked in pthread_join, which never returns because w never terminates normally), so fin's `g++` is after main's write via the create. */
#include <pthread.h>
#include <stdlib.h>
int g;
__attribute__((destructor)) static void fin(void) { g++; }
void *w(void *p) { exit(0); return 0; }
int main(void)
{
    pthread_t t;
    g = 2;
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    return 0;
}
