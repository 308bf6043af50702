/* TRUTH: free — main writes g only before pthread_create; h (run by exit in w's thread, or at main's return after the join) is after it; no other access to g. */
#include <pthread.h>
#include <stdlib.h>
int g;
void h(void) { g++; }
void *w(void *p) { exit(0); return 0; }
int main(void)
{
    pthread_t t;
    atexit(h);
    g = 2;
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    return 0;
}
