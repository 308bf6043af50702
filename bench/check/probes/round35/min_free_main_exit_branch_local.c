/* TRUTH: free — main's local quit is 1, so `if (quit) exit(0);` always ends the program before main's `g = 2`; only w writes g. */
#include <pthread.h>
#include <stdlib.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void)
{
    pthread_t t;
    int quit = 1;
    pthread_create(&t, 0, w, 0);
    if (quit)
        exit(0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
